package org.homegw.cwmp.client.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.TransferComplete;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A CPE killed in the middle of a session delivers 1 BOOT and every durable pending event after restart. */
public class RestartEndToEndTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private ScriptedAcs acs;

    @Before
    public void setUp() throws Exception {
        acs = new ScriptedAcs();
    }

    @After
    public void tearDown() {
        acs.close();
    }

    @Test
    public void killed_mid_session_then_restarted_delivers_boot_and_every_pending_event() {
        ClientStack first = new ClientStack(tmp.getRoot().toPath(), acs.url());
        first.agent.queueRequest(new TransferComplete("dl-9", FaultStruct.NONE, "2026-11-27T09:00:00Z",
                "2026-11-27T09:00:09Z"), List.of(CwmpEvent.of(CwmpEvent.TRANSFER_COMPLETE), new CwmpEvent("M Download", "dl-9")));
        first.agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.PERIODIC), CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        acs.failures.add(ScriptedAcs.Failure.RESET);
        first.agent.start();
        first.time.runDue();
        assertEquals(1, acs.informs().size());
        // kill -9: the first stack is abandoned without any shutdown; a new one starts on the same state
        ClientStack second = new ClientStack(tmp.getRoot().toPath(), acs.url());
        second.agent.start();
        second.time.runDue();
        assertEquals(2, acs.informs().size());
        Inform after = acs.informs().get(1);
        List<String> codes = after.events().stream().map(EventStruct::eventCode).toList();
        assertTrue(codes.toString(), codes.containsAll(List.of("1 BOOT", "0 BOOTSTRAP", "2 PERIODIC",
                "7 TRANSFER COMPLETE", "M Download")));
        assertTrue("6 CONNECTION REQUEST is never retried", !codes.contains("6 CONNECTION REQUEST"));
        assertTrue(acs.posts.stream().anyMatch(p -> !p.envelopes().isEmpty()
                && p.envelopes().get(0).first() instanceof TransferComplete tc && tc.commandKey().equals("dl-9")));
        assertTrue(second.events.isEmpty());
        assertTrue(second.requests.isEmpty());
    }
}
