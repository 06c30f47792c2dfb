package org.homegw.cwmp.client.internal.agent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.session.CodecAdapter;
import org.homegw.cwmp.client.internal.session.QueuedRequest;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.DecodeLimits;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.GetRPCMethods;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.TransferComplete;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The queue as a producer crashing between its own save and the queue's sees it: every "crash" below
 * drops the in-memory queue and opens it again from its file, then the producer queues the same
 * report again as it would after its restart.
 */
public class RequestQueueTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final CodecAdapter codec = new CodecAdapter(new CwmpDecoder(DecodeLimits.DEFAULTS), FakeDataModel.device());
    private static final TransferComplete DONE = new TransferComplete("dl-1", FaultStruct.NONE,
            "2026-11-27T09:00:00Z", "2026-11-27T09:00:05Z");
    private static final List<CwmpEvent> EVENTS = List.of(CwmpEvent.of(CwmpEvent.TRANSFER_COMPLETE),
            new CwmpEvent("M Download", "dl-1"));

    private RequestQueue crashAndReopen() {
        Path file = tmp.getRoot().toPath().resolve("requests.properties");
        return RequestQueue.open(file, codec);
    }

    private static List<CwmpRequest> requests(RequestQueue q) {
        return q.all().stream().map(QueuedRequest::request).toList();
    }

    @Test
    public void transfer_complete_queued_again_after_a_crash_before_delivery_is_sent_once() {
        crashAndReopen().add(DONE, EVENTS);
        // crash point: queued here, the transfer record not yet removed; after restart it is queued again
        RequestQueue q = crashAndReopen();
        q.add(DONE, EVENTS);
        assertEquals(List.of(DONE), requests(q));
        assertEquals(EVENTS, q.events());
    }

    @Test
    public void transfer_complete_queued_again_after_the_acs_answered_it_is_not_sent_again() {
        RequestQueue q = crashAndReopen();
        QueuedRequest queued = q.add(DONE, EVENTS).orElseThrow();
        q.remove(queued.key()); // TransferCompleteResponse received in a session
        // crash point: the producer had not yet forgotten its finished transfer
        RequestQueue after = crashAndReopen();
        assertTrue(after.add(DONE, EVENTS).isEmpty());
        assertTrue(after.isEmpty());
        assertEquals(List.of(), after.events());
    }

    @Test
    public void two_transfers_sharing_a_command_key_are_both_reported() {
        RequestQueue q = crashAndReopen();
        TransferComplete second = new TransferComplete("dl-1", new FaultStruct(9010, "download failed"),
                "2026-11-27T09:10:00Z", "2026-11-27T09:10:02Z");
        q.add(DONE, EVENTS);
        q.add(second, EVENTS);
        assertEquals(List.of(DONE, second), requests(crashAndReopen()));
    }

    @Test
    public void du_state_change_complete_is_deduplicated_by_command_key_and_results() {
        OpResultStruct installed = new OpResultStruct("u-1", "Device.SoftwareModules.DeploymentUnit.1.", "1.0",
                "Installed", true, "", "2026-11-27T09:00:00Z", "2026-11-27T09:00:03Z", FaultStruct.NONE);
        DUStateChangeComplete done = new DUStateChangeComplete(List.of(installed), "cd-1");
        List<CwmpEvent> events = List.of(CwmpEvent.of(CwmpEvent.DU_STATE_CHANGE_COMPLETE),
                new CwmpEvent("M ChangeDUState", "cd-1"));
        RequestQueue q = crashAndReopen();
        q.remove(q.add(done, events).orElseThrow().key());
        assertTrue(crashAndReopen().add(done, events).isEmpty());
    }

    @Test
    public void requests_without_identity_are_queued_each_time_and_memory_is_bounded() {
        RequestQueue q = crashAndReopen();
        q.add(new GetRPCMethods(), List.of());
        q.add(new GetRPCMethods(), List.of());
        assertEquals(2, q.all().size());
        q.clear();
        for (int i = 0; i <= RequestQueue.ANSWERED_KEPT; i++) {
            TransferComplete t = new TransferComplete("k" + i, FaultStruct.NONE, DONE.startTime(), DONE.completeTime());
            q.remove(q.add(t, EVENTS).orElseThrow().key());
        }
        RequestQueue after = crashAndReopen();
        assertTrue("the newest answered report is remembered",
                after.add(new TransferComplete("k" + RequestQueue.ANSWERED_KEPT, FaultStruct.NONE, DONE.startTime(),
                        DONE.completeTime()), EVENTS).isEmpty());
        assertTrue("the oldest one is forgotten",
                after.add(new TransferComplete("k0", FaultStruct.NONE, DONE.startTime(), DONE.completeTime()), EVENTS)
                        .isPresent());
    }
}
