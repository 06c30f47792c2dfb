package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.swmod.internal.du.DuUuid;
import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * ChangeDUState Install that succeeds: the DeploymentUnit and ExecutionUnit it creates, operations in
 * request order, units that install but do not run, the UUID, which bundles are units, and numbering
 * across a restart.
 */
public class ChangeDuStateInstallTest extends SoftwareModulesFixture {

    @Test
    public void install_creates_deployment_unit_with_active_execution_unit() throws Exception {
        String url = files.put("/vendor-1.jar", TestBundles.withProvider("com.example.vendor", "1.0.0"));

        DUStateChangeComplete complete = gw.changeDuState("install-1", new InstallOpStruct(url, null, null, null,
                "Device.SoftwareModules.ExecEnv.1"));

        OpResultStruct r = only(complete);
        assertEquals("install-1", complete.commandKey());
        assertEquals(List.of(CwmpEvent.of("11 DU STATE CHANGE COMPLETE"), new CwmpEvent("M ChangeDUState", "install-1")),
                gw.lastEvents);
        assertEquals(0, r.fault().faultCode());
        assertEquals("Installed", r.currentState());
        assertTrue(r.resolved());
        assertEquals(DU + "1", r.deploymentUnitRef());
        assertEquals(EU + "1", r.executionUnitRefList());
        assertEquals("1.0.0", r.version());
        assertEquals(DuUuid.of("Test Vendor", "com.example.vendor"), r.uuid());
        assertEquals(List.of(1L), gw.instances(DU));
        assertEquals("com.example.vendor", gw.value(DU + "1.Name"));
        assertEquals(url, gw.value(DU + "1.URL"));
        assertEquals("Test Vendor", gw.value(DU + "1.Vendor"));
        assertEquals(EU + "1", gw.value(DU + "1.ExecutionUnitList"));
        assertEquals("Device.SoftwareModules.ExecEnv.1", gw.value(DU + "1.ExecutionEnvRef"));
        assertEquals("Active", gw.value(EU + "1.Status"));
        assertEquals("NoFault", gw.value(EU + "1.ExecutionFaultCode"));
        assertEquals("Device.X_TEST_Vendor", gw.value(EU + "1.References"));
        assertEquals("1", gw.value("Device.SoftwareModules.DeploymentUnitNumberOfEntries"));
        assertEquals(EU + "1", gw.value("Device.SoftwareModules.ExecEnv.1.ActiveExecutionUnits"));
    }

    @Test
    public void operations_run_in_request_order() throws Exception {
        String a = files.put("/a.jar", TestBundles.plain("com.example.a", "1.0.0", null));
        String bad = files.put("/bad.jar", TestBundles.corrupt("com.example.bad"));
        String uuidA = DuUuid.of("Test Vendor", "com.example.a");

        DUStateChangeComplete c = gw.changeDuState("batch",
                new InstallOpStruct(a, null, null, null, null),
                new InstallOpStruct(bad, null, null, null, null),
                new UninstallOpStruct(uuidA, null, null));

        assertEquals(3, c.results().size());
        assertEquals("Installed", c.results().get(0).currentState());
        assertFault(9018, c.results().get(1));
        assertEquals("Uninstalled", c.results().get(2).currentState());
        assertEquals(List.of(), gw.instances(DU));
    }

    @Test
    public void unresolved_imports_install_with_resolved_false_and_idle_unit() throws Exception {
        OpResultStruct r = install(files.put("/u.jar", TestBundles.plain("com.example.needy", "1.0.0", "com.example.missing")));

        assertEquals(0, r.fault().faultCode());
        assertEquals("Installed", r.currentState());
        assertFalse(r.resolved());
        assertEquals("false", gw.value(DU + "1.Resolved"));
        assertEquals("Idle", gw.value(EU + "1.Status"));
        assertEquals("DependencyFailure", gw.value(EU + "1.ExecutionFaultCode"));
    }

    @Test
    public void execution_unit_that_fails_to_start_reports_failure_on_start() throws Exception {
        OpResultStruct r = install(files.put("/f.jar", TestBundles.failing("com.example.failing", "1.0.0")));

        assertEquals(0, r.fault().faultCode());
        assertTrue(r.resolved());
        assertEquals("Idle", gw.value(EU + "1.Status"));
        assertEquals("FailureOnStart", gw.value(EU + "1.ExecutionFaultCode"));
        assertTrue(gw.value(EU + "1.ExecutionFaultMessage"), gw.value(EU + "1.ExecutionFaultMessage").contains("misconfigured"));
    }

    @Test
    public void install_with_given_uuid_keeps_it_and_refuses_it_twice() throws Exception {
        String uuid = "12345678-1234-5234-8234-123456789abc";
        String a = files.put("/a.jar", TestBundles.plain("com.example.a", "1.0.0", null));
        String b = files.put("/b.jar", TestBundles.plain("com.example.b", "1.0.0", null));

        OpResultStruct r = only(gw.changeDuState("k", new InstallOpStruct(a, uuid, null, null, null)));
        assertEquals(uuid, r.uuid());
        assertEquals(uuid, gw.value(DU + "1.UUID"));
        assertFault(9026, only(gw.changeDuState("k", new InstallOpStruct(b, uuid, null, null, null))));
        assertFault(9022, only(gw.changeDuState("k", new InstallOpStruct(b, "not-a-uuid", null, null, null))));
    }

    @Test
    public void core_bundles_are_not_units_and_cannot_be_uninstalled() throws Exception {
        Bundle core = gw.context().installBundle("test:core",
                new ByteArrayInputStream(TestBundles.plain("homegw.fake.core", "1.0.0", null)));

        assertEquals(List.of(), gw.instances(DU));
        OpResultStruct r = only(gw.changeDuState("k", new UninstallOpStruct(DuUuid.of("Test Vendor", "homegw.fake.core"), null, null)));
        assertFault(9001, r);
        assertEquals(Bundle.INSTALLED, core.getState());
        assertTrue(gw.queued.isEmpty());
    }

    @Test
    public void example_vendor_bundles_are_units_although_named_homegw() throws Exception {
        OpResultStruct r = install(files.put("/plug.jar", TestBundles.plain("homegw.example.plug", "1.0.0", null)));

        assertEquals(0, r.fault().faultCode());
        assertEquals("homegw.example.plug", gw.value(DU + "1.Name"));
        assertFault(9001, install(files.put("/core.jar", TestBundles.plain("homegw.datamodel.fake", "1.0.0", null))));
    }

    @Test
    public void restart_keeps_unit_numbering() throws Exception {
        OpResultStruct a = install(files.put("/a.jar", TestBundles.withProvider("com.example.a", "1.0.0")));
        install(files.put("/b.jar", TestBundles.withProvider("com.example.b", "1.0.0")));
        install(files.put("/d.jar", TestBundles.withProvider("com.example.d", "1.0.0")));
        gw.changeDuState("rm", new UninstallOpStruct(a.uuid(), null, null));
        gw.set(EU + "3.RequestedState", "Idle");
        gw.awaitValue(EU + "3.Status", "Idle");

        gw.restart();

        assertEquals(List.of(2L, 3L), gw.instances(DU));
        assertEquals("com.example.b", gw.value(DU + "2.Name"));
        assertEquals(files.url("/b.jar"), gw.value(DU + "2.URL"));
        assertEquals("Active", gw.value(EU + "2.Status"));
        assertEquals("Device.X_TEST_Vendor", gw.value(EU + "2.References"));
        assertEquals("Idle", gw.value(EU + "3.Status"));
        assertNull(gw.value(DU + "1.Name"));
        OpResultStruct c = install(files.put("/c.jar", TestBundles.plain("com.example.c", "1.0.0", null)));
        assertEquals(DU + "4", c.deploymentUnitRef());
        assertEquals(EU + "4", c.executionUnitRefList());
        assertTrue(gw.queued.isEmpty());
    }
}
