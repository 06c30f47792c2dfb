package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.AutonOpResultStruct;
import org.homegw.cwmp.message.AutonomousDUStateChangeComplete;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.swmod.internal.du.DuUuid;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;

/** Bundles installed, updated or removed locally (deploy/, shell) are reported as autonomous DU changes. */
public class AutonomousDuChangeTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private TestGateway gw;

    @Before
    public void setUp() throws Exception {
        gw = new TestGateway(tmp.newFolder("cache").toPath(), tmp.newFolder("state").toPath());
    }

    @After
    public void tearDown() throws Exception {
        gw.close();
    }

    private AutonOpResultStruct nextAutonomous() throws InterruptedException {
        TestGateway.Queued q = gw.next();
        assertEquals(List.of(CwmpEvent.of("12 AUTONOMOUS DU STATE CHANGE COMPLETE")), q.events());
        List<AutonOpResultStruct> results = ((AutonomousDUStateChangeComplete) q.request()).results();
        assertEquals(1, results.size());
        return results.get(0);
    }

    @Test
    public void local_install_update_and_uninstall_are_reported() throws Exception {
        Bundle b = gw.context().installBundle("file:/deploy/local.jar",
                new ByteArrayInputStream(TestBundles.plain("com.example.local", "1.0.0", null)));

        AutonOpResultStruct install = nextAutonomous();
        assertEquals("Install", install.operationPerformed());
        assertEquals("Installed", install.result().currentState());
        assertEquals(DuUuid.of("Test Vendor", "com.example.local"), install.result().uuid());
        assertEquals("Device.SoftwareModules.DeploymentUnit.1", install.result().deploymentUnitRef());
        assertEquals(0, install.result().fault().faultCode());
        assertEquals(List.of(1L), gw.instances("Device.SoftwareModules.DeploymentUnit."));

        b.update(new ByteArrayInputStream(TestBundles.plain("com.example.local", "1.1.0", null)));
        AutonOpResultStruct update = nextAutonomous();
        assertEquals("Update", update.operationPerformed());
        assertEquals("1.1.0", update.result().version());

        b.uninstall();
        AutonOpResultStruct uninstall = nextAutonomous();
        assertEquals("Uninstall", uninstall.operationPerformed());
        assertEquals("Uninstalled", uninstall.result().currentState());
        assertEquals(install.result().uuid(), uninstall.result().uuid());
        assertEquals(List.of(), gw.instances("Device.SoftwareModules.DeploymentUnit."));
    }

    @Test
    public void bundle_installed_again_after_a_restart_is_no_change_unless_its_version_changed() throws Exception {
        gw.context().installBundle("file:/deploy/local.jar",
                new ByteArrayInputStream(TestBundles.plain("com.example.local", "1.0.0", null)));
        nextAutonomous();
        gw.restart();

        // what deploy/ does after every start, the framework cache being clean
        gw.context().installBundle("file:/deploy/local.jar",
                new ByteArrayInputStream(TestBundles.plain("com.example.local", "1.0.0", null)));
        assertTrue("queued: " + gw.queued, gw.queued.isEmpty());
        assertEquals(List.of(1L), gw.instances("Device.SoftwareModules.DeploymentUnit."));

        gw.restart();
        gw.context().installBundle("file:/deploy/local.jar",
                new ByteArrayInputStream(TestBundles.plain("com.example.local", "2.0.0", null)));
        AutonOpResultStruct update = nextAutonomous();
        assertEquals("Update", update.operationPerformed());
        assertEquals("Device.SoftwareModules.DeploymentUnit.1", update.result().deploymentUnitRef());
    }

    @Test
    public void core_bundles_and_acs_operations_are_not_reported_as_autonomous() throws Exception {
        gw.context().installBundle("file:/core.jar",
                new ByteArrayInputStream(TestBundles.plain("org.apache.felix.fake", "1.0.0", null)));
        try (FileServer files = new FileServer()) {
            String url = files.put("/a.jar", TestBundles.plain("com.example.a", "1.0.0", null));
            gw.changeDuState("k", new InstallOpStruct(url, null, null, null, null));
        }
        assertTrue("queued: " + gw.queued, gw.queued.isEmpty());
    }
}
