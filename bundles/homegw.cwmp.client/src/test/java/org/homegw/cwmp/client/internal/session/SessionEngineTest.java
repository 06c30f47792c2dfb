package org.homegw.cwmp.client.internal.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.GetParameterNamesResponse;
import org.homegw.cwmp.message.GetRPCMethods;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.InformResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.Reboot;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.cwmp.message.TransferCompleteResponse;
import org.junit.Test;

public class SessionEngineTest {

    private static final Inform INFORM = new Inform(new DeviceIdStruct("m", "00D09E", "p", "s"),
            List.of(new EventStruct("1 BOOT", "")), 1, "2026-11-27T07:00:00Z", 0, List.of());
    private static final QueuedRequest TRANSFER = new QueuedRequest("q1",
            new TransferComplete("dl-1", FaultStruct.NONE, "2026-11-27T06:00:00Z", "2026-11-27T06:01:00Z"),
            List.of(CwmpEvent.of(CwmpEvent.TRANSFER_COMPLETE), new CwmpEvent("M Download", "dl-1")));

    private final FakeDataModel model = FakeDataModel.device();
    private final List<String> log = new ArrayList<>();
    private final SessionListener listener = new SessionListener() {
        @Override
        public void informAccepted(CwmpVersion version) {
            log.add("accepted " + version.label());
        }

        @Override
        public void requestAnswered(QueuedRequest request, FaultMessage fault) {
            log.add("answered " + request.key() + (fault == null ? "" : " fault " + fault.faultCode()));
        }
    };

    private SessionEngine engine(List<QueuedRequest> queued) {
        RpcDispatcher dispatcher = new RpcDispatcher(model, new RpcHandlers(RpcDispatcher.BUILT_IN), () -> false);
        return new SessionEngine(INFORM, CwmpVersion.V1_4, 30, queued, dispatcher, listener);
    }

    private static Envelope acs(CwmpVersion v, String id, CwmpMessage m) {
        return Envelope.of(v, id, m);
    }

    private static Envelope informResponse(long maxEnvelopes) {
        return Envelope.of(CwmpVersion.V1_4, CwmpHeader.ofId("cpe-1").withUseCwmpVersion("1.4"),
                new InformResponse(maxEnvelopes));
    }

    private static List<CwmpMessage> messages(SessionStep step) {
        List<CwmpMessage> out = new ArrayList<>();
        for (Outgoing o : ((SessionStep.Post) step).envelopes()) {
            out.addAll(((Outgoing.Plain) o).envelope().body());
        }
        return out;
    }

    @Test
    public void first_post_is_the_inform_alone_with_version_headers() {
        SessionStep step = engine(List.of()).start();
        List<Outgoing> envs = ((SessionStep.Post) step).envelopes();
        assertEquals(1, envs.size());
        Envelope e = ((Outgoing.Plain) envs.get(0)).envelope();
        assertEquals(INFORM, e.first());
        assertEquals("1.0,1.1,1.2,1.3,1.4", e.header().supportedCwmpVersions());
        assertEquals(Long.valueOf(30), e.header().sessionTimeout());
        assertEquals(CwmpVersion.V1_4, e.version());
    }

    @Test
    public void plain_session_inform_gpn_spv_empty_post_and_204() {
        SessionEngine s = engine(List.of());
        s.start();
        SessionStep afterInform = s.onReply(AcsReplyContent.ok(informResponse(1)));
        assertEquals(List.of(), messages(afterInform));
        assertEquals(List.of("accepted 1.4"), log);

        SessionStep gpn = s.onReply(AcsReplyContent.ok(acs(CwmpVersion.V1_4, "a1",
                new GetParameterNames("Device.DeviceInfo.", true))));
        Envelope answer = ((Outgoing.Plain) ((SessionStep.Post) gpn).envelopes().get(0)).envelope();
        assertEquals("a1", answer.header().id());
        assertEquals(5, ((GetParameterNamesResponse) answer.first()).parameterList().size());

        SessionStep spv = s.onReply(AcsReplyContent.ok(acs(CwmpVersion.V1_4, "a2", new SetParameterValues(
                List.of(ParameterValueStruct.ofString("Device.ManagementServer.PeriodicInformInterval", "60")), "k1"))));
        assertEquals(List.of(new SetParameterValuesResponse(0)), messages(spv));
        assertEquals("60", model.valueOf("Device.ManagementServer.PeriodicInformInterval"));

        SessionStep end = s.onReply(AcsReplyContent.empty());
        assertEquals(new SessionStep.Finished(new SessionStep.Completed(false)), end);
    }

    @Test
    public void empty_204_right_after_inform_response_ends_session() {
        SessionEngine s = engine(List.of());
        s.start();
        s.onReply(AcsReplyContent.ok(informResponse(1)));
        assertTrue(((SessionStep.Finished) s.onReply(AcsReplyContent.empty())).outcome().succeeded());
    }

    @Test
    public void queued_request_waits_while_hold_requests_and_goes_out_after() {
        SessionEngine s = engine(List.of(TRANSFER));
        s.start();
        Envelope held = Envelope.of(CwmpVersion.V1_4, CwmpHeader.ofId("cpe-1").withHoldRequests(true),
                new InformResponse(1));
        assertEquals(List.of(), messages(s.onReply(AcsReplyContent.ok(held))));
        SessionStep answer = s.onReply(AcsReplyContent.ok(Envelope.of(CwmpVersion.V1_4,
                CwmpHeader.ofId("a1").withHoldRequests(true), new GetRPCMethods())));
        assertEquals(1, messages(answer).size());
        assertEquals("GetRPCMethodsResponse", messages(answer).get(0).methodName());
        // the empty response lifts HoldRequests: now TransferComplete goes out
        SessionStep tc = s.onReply(AcsReplyContent.empty());
        assertEquals(List.of(TRANSFER.request()), messages(tc));
        SessionStep afterAck = s.onReply(AcsReplyContent.ok(acs(CwmpVersion.V1_4, "cpe-2",
                new TransferCompleteResponse())));
        assertEquals(List.of(), messages(afterAck));
        assertEquals(List.of("accepted 1.4", "answered q1"), log);
        assertEquals(new SessionStep.Finished(new SessionStep.Completed(false)), s.onReply(AcsReplyContent.empty()));
    }

    @Test
    public void queued_request_goes_out_right_after_inform_response_without_hold() {
        SessionEngine s = engine(List.of(TRANSFER));
        s.start();
        assertEquals(List.of(TRANSFER.request()), messages(s.onReply(AcsReplyContent.ok(informResponse(1)))));
    }

    @Test
    public void responses_are_batched_up_to_the_acs_max_envelopes_in_order() {
        SessionEngine s = engine(List.of());
        s.start();
        s.onReply(AcsReplyContent.ok(informResponse(2)));
        SessionStep step = s.onReply(AcsReplyContent.ok(
                acs(CwmpVersion.V1_4, "a1", new GetRPCMethods()),
                acs(CwmpVersion.V1_4, "a2", new GetParameterNames("Device.", true)),
                acs(CwmpVersion.V1_4, "a3", new Reboot("rk"))));
        List<Outgoing> first = ((SessionStep.Post) step).envelopes();
        assertEquals(2, first.size());
        assertEquals("a1", ((Outgoing.Plain) first.get(0)).envelope().header().id());
        assertEquals("a2", ((Outgoing.Plain) first.get(1)).envelope().header().id());
        List<Outgoing> second = ((SessionStep.Post) s.onReply(AcsReplyContent.empty())).envelopes();
        assertEquals(1, second.size());
        assertEquals("RebootResponse", ((Outgoing.Plain) second.get(0)).envelope().first().methodName());
        assertEquals(List.of("rk"), s.orders().rebootCommandKeys());
        assertTrue(((SessionStep.Finished) s.onReply(AcsReplyContent.empty())).outcome().succeeded());
    }

    @Test
    public void acs_speaking_only_cwmp_1_0_is_answered_in_1_0() {
        SessionEngine s = engine(List.of());
        s.start();
        s.onReply(AcsReplyContent.ok(Envelope.of(CwmpVersion.V1_0, "cpe-1", new InformResponse(1))));
        assertEquals(CwmpVersion.V1_0, s.version());
        SessionStep step = s.onReply(AcsReplyContent.ok(acs(CwmpVersion.V1_0, "x", new GetRPCMethods())));
        assertEquals(CwmpVersion.V1_0, ((Outgoing.Plain) ((SessionStep.Post) step).envelopes().get(0)).envelope().version());
        assertEquals(List.of("accepted 1.0"), log);
    }

    @Test
    public void du_state_change_complete_is_dropped_for_a_cwmp_1_0_acs() {
        QueuedRequest du = new QueuedRequest("q2", new org.homegw.cwmp.message.DUStateChangeComplete(List.of(), "ck"),
                List.of(CwmpEvent.of(CwmpEvent.DU_STATE_CHANGE_COMPLETE)));
        SessionEngine s = engine(List.of(du, TRANSFER));
        s.start();
        SessionStep step = s.onReply(AcsReplyContent.ok(Envelope.of(CwmpVersion.V1_0, "cpe-1", new InformResponse(1))));
        assertEquals(List.of(TRANSFER.request()), messages(step));
        assertEquals(List.of("accepted 1.0", "answered q2 fault 8000"), log);
    }

    @Test
    public void acs_choosing_1_2_by_namespace_without_header_is_used() {
        SessionEngine s = engine(List.of());
        s.start();
        s.onReply(AcsReplyContent.ok(Envelope.of(CwmpVersion.V1_2, "cpe-1", new InformResponse(1))));
        assertEquals(CwmpVersion.V1_2, s.version());
    }

    @Test
    public void fault_8006_on_inform_asks_for_a_lower_version() {
        SessionEngine s = engine(List.of());
        s.start();
        SessionStep step = s.onReply(new AcsReplyContent(500, List.of(acs(CwmpVersion.V1_4, "cpe-1",
                FaultMessage.of(8006, "version"))), Optional.empty()));
        SessionStep.Failed failed = (SessionStep.Failed) ((SessionStep.Finished) step).outcome();
        assertTrue(failed.lowerVersion());
        assertTrue(log.isEmpty());
    }

    @Test
    public void soap_client_fault_without_cwmp_detail_lowers_version_but_server_fault_does_not() {
        SessionEngine s = engine(List.of());
        s.start();
        SessionStep client = s.onReply(new AcsReplyContent(500, List.of(acs(CwmpVersion.V1_4, null,
                new FaultMessage("Client", "unknown namespace", 0, "", List.of()))), Optional.empty()));
        assertTrue(((SessionStep.Failed) ((SessionStep.Finished) client).outcome()).lowerVersion());
        SessionEngine t = engine(List.of());
        t.start();
        SessionStep server = t.onReply(new AcsReplyContent(500, List.of(acs(CwmpVersion.V1_4, null,
                new FaultMessage("SOAP-ENV:Server", "database down", 0, "", List.of()))), Optional.empty()));
        assertFalse(((SessionStep.Failed) ((SessionStep.Finished) server).outcome()).lowerVersion());
    }

    @Test
    public void fault_8005_on_inform_fails_without_lowering_version() {
        SessionEngine s = engine(List.of());
        s.start();
        SessionStep step = s.onReply(new AcsReplyContent(500, List.of(acs(CwmpVersion.V1_4, "cpe-1",
                FaultMessage.of(8005, "retry"))), Optional.empty()));
        SessionStep.Failed failed = (SessionStep.Failed) ((SessionStep.Finished) step).outcome();
        assertFalse(failed.lowerVersion());
    }

    @Test
    public void http_503_carries_retry_after() {
        SessionEngine s = engine(List.of());
        s.start();
        SessionStep step = s.onReply(new AcsReplyContent(503, List.of(), Optional.of(Duration.ofSeconds(120))));
        assertEquals(Optional.of(Duration.ofSeconds(120)),
                ((SessionStep.Failed) ((SessionStep.Finished) step).outcome()).retryAfter());
    }

    @Test
    public void empty_reply_to_inform_fails_the_session() {
        SessionEngine s = engine(List.of());
        s.start();
        assertFalse(((SessionStep.Finished) s.onReply(AcsReplyContent.empty())).outcome().succeeded());
        assertTrue(log.isEmpty());
    }

    @Test
    public void fault_8005_to_queued_request_defers_it() {
        SessionEngine s = engine(List.of(TRANSFER));
        s.start();
        s.onReply(AcsReplyContent.ok(informResponse(1)));
        SessionStep step = s.onReply(AcsReplyContent.ok(acs(CwmpVersion.V1_4, "cpe-2", FaultMessage.of(8005, "later"))));
        assertEquals(List.of(), messages(step));
        assertEquals(new SessionStep.Finished(new SessionStep.Completed(true)), s.onReply(AcsReplyContent.empty()));
        assertEquals(List.of("accepted 1.4"), log);
    }

    @Test
    public void other_fault_to_queued_request_drops_it() {
        SessionEngine s = engine(List.of(TRANSFER));
        s.start();
        s.onReply(AcsReplyContent.ok(informResponse(1)));
        s.onReply(AcsReplyContent.ok(acs(CwmpVersion.V1_4, "cpe-2", FaultMessage.of(8003, "bad"))));
        assertEquals(List.of("accepted 1.4", "answered q1 fault 8003"), log);
    }

    @Test
    public void unknown_method_gets_fault_9000() {
        SessionEngine s = engine(List.of());
        s.start();
        s.onReply(AcsReplyContent.ok(informResponse(1)));
        List<CwmpMessage> m = messages(s.onReply(AcsReplyContent.ok(acs(CwmpVersion.V1_4, "a",
                new org.homegw.cwmp.message.UnknownMethod("X_ACME_Frobnicate")))));
        assertEquals(9000, ((FaultMessage) m.get(0)).faultCode());
    }

    @Test
    public void unexpected_status_midsession_fails() {
        SessionEngine s = engine(List.of());
        s.start();
        s.onReply(AcsReplyContent.ok(informResponse(1)));
        SessionStep step = s.onReply(new AcsReplyContent(502, List.of(), Optional.empty()));
        assertFalse(((SessionStep.Finished) step).outcome().succeeded());
    }

    @Test
    public void hold_only_envelope_with_empty_body_keeps_the_session_open() {
        SessionEngine s = engine(List.of(TRANSFER));
        s.start();
        s.onReply(AcsReplyContent.ok(Envelope.of(CwmpVersion.V1_4, CwmpHeader.ofId("cpe-1").withHoldRequests(true),
                new InformResponse(1))));
        SessionStep step = s.onReply(AcsReplyContent.ok(new Envelope(CwmpVersion.V1_4,
                CwmpHeader.EMPTY.withHoldRequests(true), List.of())));
        assertTrue("an empty POST, the session goes on", ((SessionStep.Post) step).envelopes().isEmpty());
    }

    @Test
    public void orders_are_handed_to_the_listener_before_their_response_is_posted() {
        List<String> recorded = new ArrayList<>();
        SessionListener recording = new SessionListener() {
            @Override
            public void informAccepted(CwmpVersion version) {
            }

            @Override
            public void requestAnswered(QueuedRequest request, FaultMessage fault) {
            }

            @Override
            public void rebootOrdered(String commandKey) {
                recorded.add("reboot " + commandKey);
            }

            @Override
            public void informScheduled(long delaySeconds, String commandKey) {
                recorded.add("inform " + delaySeconds + " " + commandKey);
            }
        };
        SessionEngine s = new SessionEngine(INFORM, CwmpVersion.V1_4, 30, List.of(),
                new RpcDispatcher(model, new RpcHandlers(RpcDispatcher.BUILT_IN), () -> false), recording);
        s.start();
        s.onReply(AcsReplyContent.ok(informResponse(1)));
        s.onReply(AcsReplyContent.ok(acs(CwmpVersion.V1_4, "a1", new Reboot("rk"))));
        assertEquals(List.of("reboot rk"), recorded);
        s.onReply(AcsReplyContent.ok(acs(CwmpVersion.V1_4, "a2",
                new org.homegw.cwmp.message.ScheduleInform(30, "sk"))));
        assertEquals(List.of("reboot rk", "inform 30 sk"), recorded);
    }

    @Test
    public void an_order_that_cannot_be_recorded_is_withdrawn_and_answered_9002() {
        SessionListener diskFull = new SessionListener() {
            @Override
            public void informAccepted(CwmpVersion version) {
            }

            @Override
            public void requestAnswered(QueuedRequest request, FaultMessage fault) {
            }

            @Override
            public void rebootOrdered(String commandKey) {
                throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
            }
        };
        SessionEngine s = new SessionEngine(INFORM, CwmpVersion.V1_4, 30, List.of(),
                new RpcDispatcher(model, new RpcHandlers(RpcDispatcher.BUILT_IN), () -> false), diskFull);
        s.start();
        s.onReply(AcsReplyContent.ok(informResponse(1)));
        List<CwmpMessage> answer = messages(s.onReply(AcsReplyContent.ok(acs(CwmpVersion.V1_4, "a1", new Reboot("rk")))));
        assertEquals(9002, ((FaultMessage) answer.get(0)).faultCode());
        assertFalse(s.orders().rebootRequested());
    }
}
