package org.homegw.cwmp.client.internal.session;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.DecodeLimits;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DeleteObject;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.GetParameterNamesResponse;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.InformResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.junit.Test;

/**
 * A provider whose object instances disappear between two RPCs of one session: what the session
 * listed or reported stays addressable until the session ends (and only then).
 */
public class VanishingInstancesTest {

    private static final Inform INFORM = new Inform(new DeviceIdStruct("m", "00D09E", "p", "s"),
            List.of(new EventStruct("1 BOOT", "")), 1, "2026-11-27T07:00:00Z", 0, List.of());

    private final FakeDataModel model = FakeDataModel.device()
            .put("Device.Hosts.Host.1.HostName", "laptop", "string", false)
            .put("Device.Hosts.Host.1.LeaseTimeRemaining", "3600", "int", false)
            .put("Device.Hosts.Host.2.HostName", "phone", "string", false)
            .put("Device.Hosts.Host.2.LeaseTimeRemaining", "120", "int", false)
            .put("Device.Hosts.Host.2.Alias", "cpe-2", "string", true)
            .table("Device.Hosts.Host.");
    private final CodecAdapter codec = new CodecAdapter(new CwmpDecoder(DecodeLimits.DEFAULTS), model);
    private int ids;

    private SessionEngine newSession() {
        SessionEngine s = new SessionEngine(INFORM, CwmpVersion.V1_4, 30, List.of(),
                new RpcDispatcher(model, new RpcHandlers(RpcDispatcher.BUILT_IN), () -> false),
                new SessionListener() {
                    @Override
                    public void informAccepted(CwmpVersion version) {
                    }

                    @Override
                    public void requestAnswered(QueuedRequest request, org.homegw.cwmp.message.FaultMessage f) {
                    }
                });
        s.start();
        s.onReply(AcsReplyContent.ok(Envelope.of(CwmpVersion.V1_4, CwmpHeader.ofId("cpe-1"), new InformResponse(1))));
        return s;
    }

    /** Sends one ACS request and answers with what goes on the wire, encoded and decoded by the real codec. */
    private CwmpMessage ask(SessionEngine s, CwmpMessage request) throws Exception {
        SessionStep step = s.onReply(AcsReplyContent.ok(Envelope.of(CwmpVersion.V1_4, "a" + ++ids, request)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(((SessionStep.Post) step).envelopes(), out);
        return codec.read(out.toByteArray()).get(0).first();
    }

    private static List<String> values(CwmpMessage m) {
        List<String> out = new ArrayList<>();
        for (ParameterValueStruct p : ((GetParameterValuesResponse) m).parameterList()) {
            out.add(p.name() + "=" + p.value() + ":" + p.type());
        }
        return out;
    }

    private static List<String> names(CwmpMessage m) {
        return ((GetParameterNamesResponse) m).parameterList().stream().map(p -> p.name() + (p.writable() ? " w" : ""))
                .toList();
    }

    private static int fault(CwmpMessage m) {
        return ((FaultMessage) m).faultCode();
    }

    @Test
    public void instance_listed_by_get_parameter_names_is_still_readable_after_it_vanished() throws Exception {
        SessionEngine s = newSession();
        ask(s, new GetParameterNames("Device.Hosts.", false));
        model.vanish("Device.Hosts.Host.2.");

        CwmpMessage answer = ask(s, new GetParameterValues(List.of("Device.Hosts.Host.1.HostName",
                "Device.Hosts.Host.2.HostName", "Device.Hosts.Host.2.")));
        assertEquals("never read: empty string; the rest read live", List.of(
                "Device.Hosts.Host.1.HostName=laptop:string",
                "Device.Hosts.Host.2.HostName=:string",
                "Device.Hosts.Host.2.Alias=:string",
                "Device.Hosts.Host.2.HostName=:string",
                "Device.Hosts.Host.2.LeaseTimeRemaining=:string"), values(answer));
        assertEquals("a name never listed is still unknown", 9005,
                fault(ask(s, new GetParameterValues(List.of("Device.Hosts.Host.3.HostName")))));
    }

    @Test
    public void vanished_instance_reads_as_its_last_reported_values_and_names() throws Exception {
        SessionEngine s = newSession();
        ask(s, new GetParameterNames("Device.Hosts.Host.2.", false));
        ask(s, new GetParameterValues(List.of("Device.Hosts.")));
        model.vanish("Device.Hosts.Host.2.");

        assertEquals("in the order the session reported them", List.of("Device.Hosts.Host.2.Alias=cpe-2:string",
                "Device.Hosts.Host.2.HostName=phone:string", "Device.Hosts.Host.2.LeaseTimeRemaining=120:int"),
                values(ask(s, new GetParameterValues(List.of("Device.Hosts.Host.2.")))));
        assertEquals(List.of("Device.Hosts.Host.1.HostName=laptop:string",
                "Device.Hosts.Host.1.LeaseTimeRemaining=3600:int"),
                values(ask(s, new GetParameterValues(List.of("Device.Hosts.")))));
        List<String> listed = names(ask(s, new GetParameterNames("Device.Hosts.Host.2.", true)));
        assertEquals(3, listed.size());
        assertEquals(true, listed.contains("Device.Hosts.Host.2.Alias w"));
    }

    @Test
    public void a_new_session_starts_without_memory() throws Exception {
        SessionEngine s = newSession();
        ask(s, new GetParameterValues(List.of("Device.Hosts.Host.2.HostName")));
        model.vanish("Device.Hosts.Host.2.");
        assertEquals(List.of("Device.Hosts.Host.2.HostName=phone:string"),
                values(ask(s, new GetParameterValues(List.of("Device.Hosts.Host.2.HostName")))));

        SessionEngine next = newSession();
        assertEquals(9005, fault(ask(next, new GetParameterValues(List.of("Device.Hosts.Host.2.HostName")))));
        assertEquals(9005, fault(ask(next, new GetParameterNames("Device.Hosts.Host.2.", false))));
    }

    @Test
    public void what_the_acs_deleted_itself_is_gone_and_writes_never_fall_back() throws Exception {
        SessionEngine s = newSession();
        ask(s, new GetParameterValues(List.of("Device.Hosts.")));
        ask(s, new DeleteObject("Device.Hosts.Host.1.", "k"));
        assertEquals(9005, fault(ask(s, new GetParameterValues(List.of("Device.Hosts.Host.1.HostName")))));

        model.vanish("Device.Hosts.Host.2.");
        FaultMessage f = (FaultMessage) ask(s, new SetParameterValues(List.of(
                ParameterValueStruct.ofString("Device.Hosts.Host.2.Alias", "x")), "k"));
        assertEquals(9005, f.setParameterValuesFaults().get(0).faultCode());
    }
}
