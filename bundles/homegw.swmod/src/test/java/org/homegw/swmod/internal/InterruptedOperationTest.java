package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.swmod.internal.change.PendingChangeJournal;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A kill between an operation taking effect and its result reaching the journal: after the restart
 * the operation runs again and must report what was done, not the fault its second run meets.
 */
public class InterruptedOperationTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private FileServer files;
    private TestGateway gw;
    private Path cache;
    private Path state;
    private String url;

    @Before
    public void setUp() throws Exception {
        files = new FileServer();
        cache = tmp.newFolder("cache").toPath();
        state = tmp.newFolder("state").toPath();
        url = files.put("/c.jar", TestBundles.plain("com.example.c", "1.0.0", null));
        gw = new TestGateway(cache, state);
    }

    @After
    public void tearDown() throws Exception {
        if (gw != null) {
            gw.close();
        }
        files.close();
    }

    /** Stops the gateway, leaves the journal a kill during {@code op} would have left, starts it again. */
    private DUStateChangeComplete resumeAfterKillDuring(InstallOpStruct install, UninstallOpStruct uninstall,
                                                       boolean begun) throws Exception {
        gw.close();
        gw = null;
        PendingChangeJournal journal = new PendingChangeJournal(state.resolve("pending"));
        PendingChangeJournal.Pending p = journal.open(new ChangeDUState(
                List.of(install != null ? install : uninstall), "cut"));
        if (begun) {
            journal.begin(p, 0);
        }
        gw = new TestGateway(cache, state);
        return (DUStateChangeComplete) gw.next().request();
    }

    @Test
    public void uninstall_that_took_effect_before_the_kill_is_reported_done() throws Exception {
        OpResultStruct installed = gw.changeDuState("in", new InstallOpStruct(url, null, null, null, null)).results().get(0);
        gw.changeDuState("out", new UninstallOpStruct(installed.uuid(), "", null));

        DUStateChangeComplete c = resumeAfterKillDuring(null, new UninstallOpStruct(installed.uuid(), "", null), true);

        OpResultStruct r = c.results().get(0);
        assertEquals("cut", c.commandKey());
        assertEquals(FaultStruct.NONE, r.fault());
        assertEquals("Uninstalled", r.currentState());
        assertEquals(installed.uuid(), r.uuid());
    }

    @Test
    public void install_that_took_effect_before_the_kill_is_reported_done() throws Exception {
        OpResultStruct installed = gw.changeDuState("in", new InstallOpStruct(url, null, null, null, null)).results().get(0);

        DUStateChangeComplete c = resumeAfterKillDuring(new InstallOpStruct(url, null, null, null, null), null, true);

        OpResultStruct r = c.results().get(0);
        assertEquals(FaultStruct.NONE, r.fault());
        assertEquals("Installed", r.currentState());
        assertEquals(installed.uuid(), r.uuid());
        assertEquals(installed.deploymentUnitRef(), r.deploymentUnitRef());
    }

    @Test
    public void an_operation_that_had_not_begun_keeps_its_fault() throws Exception {
        OpResultStruct installed = gw.changeDuState("in", new InstallOpStruct(url, null, null, null, null)).results().get(0);
        gw.changeDuState("out", new UninstallOpStruct(installed.uuid(), "", null));

        DUStateChangeComplete c = resumeAfterKillDuring(null, new UninstallOpStruct(installed.uuid(), "", null), false);

        assertEquals(9028, c.results().get(0).fault().faultCode());
    }

    @Test
    public void a_begun_install_of_a_unit_from_another_url_keeps_its_duplicate_fault() throws Exception {
        gw.changeDuState("in", new InstallOpStruct(url, null, null, null, null));
        String sameBundleElsewhere = files.put("/copy.jar", TestBundles.plain("com.example.c", "1.0.0", null));

        DUStateChangeComplete c = resumeAfterKillDuring(new InstallOpStruct(sameBundleElsewhere, null, null, null, null),
                null, true);

        assertEquals(9026, c.results().get(0).fault().faultCode());
    }
}
