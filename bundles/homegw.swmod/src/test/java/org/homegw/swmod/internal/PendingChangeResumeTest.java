package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.swmod.internal.change.PendingChangeJournal;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A ChangeDUState accepted before a restart is finished and reported once after it. */
public class PendingChangeResumeTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private FileServer files;
    private TestGateway gw;

    @After
    public void tearDown() throws Exception {
        if (gw != null) {
            gw.close();
        }
        if (files != null) {
            files.close();
        }
    }

    @Test
    public void journal_round_trips_operations_and_results() throws Exception {
        PendingChangeJournal journal = new PendingChangeJournal(tmp.getRoot().toPath());
        ChangeDUState request = new ChangeDUState(List.of(
                new InstallOpStruct("http://h/a.jar", null, "u", "p=w:d", "Device.SoftwareModules.ExecEnv.1"),
                new UninstallOpStruct("12345678-1234-5234-8234-123456789abc", "1.0", null)), "key");
        OpResultStruct r = new OpResultStruct("", "", "", "Failed", false, "", "2026-11-27T08:00:00Z",
                "2026-11-27T08:00:01Z", new FaultStruct(9015, "cannot contact h"));
        PendingChangeJournal.Pending p = journal.record(journal.open(request), r);

        List<PendingChangeJournal.Pending> reloaded = new PendingChangeJournal(tmp.getRoot().toPath()).unfinished();

        assertEquals(1, reloaded.size());
        assertEquals(request, reloaded.get(0).request());
        assertEquals(List.of(r), reloaded.get(0).results());
        journal.complete(p);
        assertTrue(new PendingChangeJournal(tmp.getRoot().toPath()).unfinished().isEmpty());
    }

    @Test
    public void request_interrupted_by_restart_finishes_its_remaining_operations() throws Exception {
        files = new FileServer();
        Path cache = tmp.newFolder("cache").toPath();
        Path state = tmp.newFolder("state").toPath();
        String url = files.put("/b.jar", TestBundles.plain("com.example.b", "1.0.0", null));
        OpResultStruct done = new OpResultStruct("", "", "", "Failed", false, "", "2026-11-27T07:59:00Z",
                "2026-11-27T07:59:01Z", new FaultStruct(9016, "cannot access file"));
        // what a gateway that stopped after the first of two operations left behind
        PendingChangeJournal journal = new PendingChangeJournal(state.resolve("pending"));
        journal.record(journal.open(new ChangeDUState(List.of(
                new InstallOpStruct(files.url("/gone.jar"), null, null, null, null),
                new InstallOpStruct(url, null, null, null, null)), "resume-me")), done);

        gw = new TestGateway(cache, state);

        TestGateway.Queued q = gw.next();
        DUStateChangeComplete complete = (DUStateChangeComplete) q.request();
        assertEquals("resume-me", complete.commandKey());
        assertEquals(2, complete.results().size());
        assertEquals(done, complete.results().get(0));
        assertEquals("Installed", complete.results().get(1).currentState());
        assertEquals(List.of(CwmpEvent.of("11 DU STATE CHANGE COMPLETE"), new CwmpEvent("M ChangeDUState", "resume-me")),
                q.events());
        gw.close(); // waits for the software-module thread, which deletes the journal after queueing
        gw = null;
        try (var left = Files.list(state.resolve("pending"))) {
            assertEquals(0, left.filter(f -> f.toString().endsWith(".change")).count());
        }
    }
}
