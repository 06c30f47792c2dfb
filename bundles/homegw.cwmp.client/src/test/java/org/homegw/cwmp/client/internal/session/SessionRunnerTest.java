package org.homegw.cwmp.client.internal.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.client.internal.transport.AcsEndpoint;
import org.homegw.cwmp.client.internal.transport.AcsExchange;
import org.homegw.cwmp.client.internal.transport.AcsReply;
import org.homegw.cwmp.client.internal.transport.OutgoingBody;
import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.CwmpEncoder;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.InformResponse;
import org.junit.Test;

/** The runner over a scripted in-memory exchange and the real codec. */
public class SessionRunnerTest {

    private final FakeDataModel model = FakeDataModel.device();
    private final CodecAdapter codec = new CodecAdapter(new CwmpDecoder(), model);
    private final List<String> sent = new ArrayList<>();
    private final Deque<AcsReply> replies = new ArrayDeque<>();
    private boolean closed;

    private AcsExchange exchange() {
        return new AcsExchange() {
            @Override
            public AcsReply post(OutgoingBody body) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    body.writeTo(out);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                sent.add(out.toString(StandardCharsets.UTF_8));
                AcsReply r = replies.poll();
                return r != null ? r : new AcsReply(204, new byte[0], Optional.empty());
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    private SessionEngine engine() {
        Inform inform = new Inform(new DeviceIdStruct("m", "00D09E", "p", "s"), List.of(), 1, "2026-11-27T07:00:00Z", 0, List.of());
        return new SessionEngine(inform, CwmpVersion.V1_4, 30, List.of(),
                new RpcDispatcher(model, new RpcHandlers(RpcDispatcher.BUILT_IN), () -> false), new SessionListener() {
                    @Override
                    public void informAccepted(CwmpVersion version) {
                    }

                    @Override
                    public void requestAnswered(QueuedRequest request, FaultMessage fault) {
                    }
                });
    }

    private static AcsReply ok(CwmpHeader header, CwmpMessage m) {
        return new AcsReply(200, new CwmpEncoder().encode(Envelope.of(CwmpVersion.V1_4, header, m)), Optional.empty());
    }

    private static final AcsEndpoint ENDPOINT = new AcsEndpoint(java.net.URI.create("http://127.0.0.1:1/acs"), "", "",
            false, java.time.Duration.ofSeconds(30));

    @Test
    public void ends_cleanly_and_closes_the_connection() {
        replies.add(ok(CwmpHeader.ofId("cpe-1"), new InformResponse(1)));
        SessionStep.SessionOutcome outcome = new SessionRunner(e -> exchange(), codec).run(ENDPOINT, engine());
        assertTrue(outcome.succeeded());
        assertEquals(2, sent.size());
        assertTrue(sent.get(0).contains("Inform"));
        assertEquals("", sent.get(1));
        assertTrue(closed);
    }

    @Test
    public void garbage_with_status_200_fails_the_session() {
        replies.add(new AcsReply(200, "<<<not xml".getBytes(StandardCharsets.UTF_8), Optional.empty()));
        assertFalse(new SessionRunner(e -> exchange(), codec).run(ENDPOINT, engine()).succeeded());
    }

    @Test
    public void an_acs_that_holds_forever_is_cut_off_after_the_exchange_cap() {
        for (int i = 0; i < 50; i++) {
            replies.add(i == 0 ? ok(CwmpHeader.ofId("cpe-1").withHoldRequests(true), new InformResponse(1))
                    : new AcsReply(200, new CwmpEncoder().encode(new Envelope(CwmpVersion.V1_4,
                            CwmpHeader.EMPTY.withHoldRequests(true), List.of())), Optional.empty()));
        }
        SessionStep.SessionOutcome outcome = new SessionRunner(e -> exchange(), codec, 20).run(ENDPOINT, engine());
        assertFalse(outcome.succeeded());
        assertEquals(20, sent.size());
        assertTrue(((SessionStep.Failed) outcome).reason().contains("20 HTTP exchanges"));
    }

    @Test
    public void request_with_invalid_arguments_is_answered_9003_and_the_session_goes_on() {
        replies.add(ok(CwmpHeader.ofId("cpe-1"), new InformResponse(1)));
        String badSpv = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:cwmp=\"urn:dslforum-org:cwmp-1-2\">"
                + "<soap:Header><cwmp:ID soap:mustUnderstand=\"1\">bad-1</cwmp:ID></soap:Header>"
                + "<soap:Body><cwmp:SetParameterValues><ParameterList><ParameterValueStruct><Value>1</Value>"
                + "</ParameterValueStruct></ParameterList></cwmp:SetParameterValues></soap:Body></soap:Envelope>";
        replies.add(new AcsReply(200, badSpv.getBytes(StandardCharsets.UTF_8), Optional.empty()));
        SessionStep.SessionOutcome outcome = new SessionRunner(e -> exchange(), codec).run(ENDPOINT, engine());
        assertTrue(outcome.succeeded());
        assertTrue(sent.get(2), sent.get(2).contains("9003") && sent.get(2).contains("bad-1"));
    }
}
