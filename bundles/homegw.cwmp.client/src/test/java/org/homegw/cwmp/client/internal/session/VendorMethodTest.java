package org.homegw.cwmp.client.internal.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.homegw.cwmp.api.RpcHandler;
import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.CwmpEncoder;
import org.homegw.cwmp.codec.DecodeLimits;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetRPCMethods;
import org.homegw.cwmp.message.GetRPCMethodsResponse;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.InformResponse;
import org.homegw.cwmp.message.UnknownMethod;
import org.homegw.cwmp.message.VendorArgument;
import org.homegw.cwmp.message.VendorResponse;
import org.junit.Test;

/** A vendor X_ method through the real codec (both ways) and the session's dispatch to a whiteboard handler. */
public class VendorMethodTest {

    private static final Inform INFORM = new Inform(new DeviceIdStruct("m", "00D09E", "p", "s"),
            List.of(new EventStruct("1 BOOT", "")), 1, "2026-11-27T07:00:00Z", 0, List.of());

    private final FakeDataModel model = FakeDataModel.device();
    private final RpcHandlers handlers = new RpcHandlers(RpcDispatcher.BUILT_IN);
    private final CodecAdapter cpeCodec = new CodecAdapter(new CwmpDecoder(DecodeLimits.DEFAULTS), model);
    private final CwmpEncoder acsEncoder = new CwmpEncoder();
    private final List<CwmpRequest> handled = new ArrayList<>();

    private final RpcHandler ping = request -> {
        handled.add(request);
        UnknownMethod m = (UnknownMethod) request;
        String host = m.argument("Host").map(VendorArgument::value).orElse("");
        String count = m.argument("Options").flatMap(o -> o.child("Count")).map(VendorArgument::value).orElse("1");
        return VendorResponse.to(m, VendorArgument.of("Status", "reached " + host),
                VendorArgument.struct("Stats", VendorArgument.of("Sent", count), VendorArgument.of("Lost", "0")));
    };

    private SessionEngine session() {
        SessionEngine s = new SessionEngine(INFORM, CwmpVersion.V1_4, 30, List.of(),
                new RpcDispatcher(model, handlers, () -> false), new SessionListener() {
                    @Override
                    public void informAccepted(CwmpVersion version) {
                    }

                    @Override
                    public void requestAnswered(QueuedRequest request, FaultMessage fault) {
                    }
                });
        s.start();
        s.onReply(AcsReplyContent.ok(Envelope.of(CwmpVersion.V1_4, CwmpHeader.ofId("cpe-1"), new InformResponse(1))));
        return s;
    }

    /** The ACS's request goes over the wire as XML, and so does the CPE's answer. */
    private CwmpMessage ask(SessionEngine s, CwmpMessage request) throws Exception {
        byte[] wire = acsEncoder.encode(Envelope.of(CwmpVersion.V1_4, "acs-1", request));
        SessionStep step = s.onReply(AcsReplyContent.ok(cpeCodec.read(wire).toArray(new Envelope[0])));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cpeCodec.write(((SessionStep.Post) step).envelopes(), out);
        return new CwmpDecoder(DecodeLimits.DEFAULTS).decode(out.toByteArray()).first();
    }

    @Test
    public void registered_vendor_method_gets_its_arguments_and_answers_with_its_own_body() throws Exception {
        handlers.add(ping, List.of("X_ACME_Ping"));
        SessionEngine s = session();
        assertTrue(((GetRPCMethodsResponse) ask(s, new GetRPCMethods())).methodList().contains("X_ACME_Ping"));

        CwmpMessage answer = ask(s, new UnknownMethod("X_ACME_Ping", List.of(VendorArgument.of("Host", "10.0.0.9"),
                VendorArgument.struct("Options", VendorArgument.of("Count", "3")))));
        assertEquals(new VendorResponse("X_ACME_PingResponse", List.of(VendorArgument.of("Status", "reached 10.0.0.9"),
                VendorArgument.struct("Stats", VendorArgument.of("Sent", "3"), VendorArgument.of("Lost", "0")))),
                answer);
        assertEquals(1, handled.size());
    }

    @Test
    public void unregistered_vendor_method_is_9000_and_no_longer_listed() throws Exception {
        handlers.add(ping, List.of("X_ACME_Ping"));
        handlers.remove(ping);
        SessionEngine s = session();
        assertFalse(((GetRPCMethodsResponse) ask(s, new GetRPCMethods())).methodList().contains("X_ACME_Ping"));
        assertEquals(9000, ((FaultMessage) ask(s, new UnknownMethod("X_ACME_Ping"))).faultCode());
    }

    @Test
    public void handler_answering_under_another_name_gets_9002() throws Exception {
        handlers.add(r -> new VendorResponse("X_ACME_OtherResponse", List.of()), List.of("X_ACME_Ping"));
        assertEquals(9002, ((FaultMessage) ask(session(), new UnknownMethod("X_ACME_Ping"))).faultCode());
    }
}
