package org.homegw.cwmp.client.internal.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.homegw.cwmp.client.internal.rpc.RpcAnswer;
import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.rpc.SessionOrders;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.DecodeLimits;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A large GetParameterValuesResponse written through the client's codec path, checked with a strict
 * XML parser, when the tree changes between the request's validation and the writing of its answer.
 */
public class StreamedResponseTest {

    private static final int RULES = 25_000; // 4 values each: 100,000 values and more

    private final FakeDataModel model = FakeDataModel.device();
    private final CodecAdapter codec = new CodecAdapter(new CwmpDecoder(), model);

    private Outgoing.StreamedResponse answerToWholeTree() {
        for (int i = 1; i <= RULES; i++) {
            String rule = "Device.Firewall.Chain.1.Rule." + i + ".";
            model.put(rule + "Enable", "true", "boolean", false);
            model.put(rule + "Order", Integer.toString(i), "unsignedInt", false);
            model.put(rule + "Description", "bench rule <" + i + "> & \"co\"", "string", false);
            model.put(rule + "DestPort", "-1", "int", false);
        }
        RpcAnswer answer = new RpcDispatcher(model, new RpcHandlers(RpcDispatcher.BUILT_IN), () -> false)
                .dispatch(new GetParameterValues(List.of("Device.")), new SessionOrders());
        return new Outgoing.StreamedResponse(CwmpVersion.V1_4, "acs-7", ((RpcAnswer.Streamed) answer).values());
    }

    private byte[] write(Outgoing.StreamedResponse response) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(List.of(response), out);
        return out.toByteArray();
    }

    /** Parses strictly (JAXP DOM) and checks that arrayType announces exactly the structs present. */
    private static int strictCount(byte[] body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(body));
        Element list = (Element) doc.getElementsByTagName("ParameterList").item(0);
        int structs = list.getElementsByTagName("ParameterValueStruct").getLength();
        assertEquals("cwmp:ParameterValueStruct[" + structs + "]",
                list.getAttributeNS("http://schemas.xmlsoap.org/soap/encoding/", "arrayType"));
        return structs;
    }

    private int valuesInModel() {
        int[] n = {0};
        model.getValues(List.of("Device."), v -> n[0]++);
        return n[0];
    }

    @Test
    public void small_answer_is_read_once_and_resent_unchanged() throws Exception {
        RpcAnswer answer = new RpcDispatcher(model, new RpcHandlers(RpcDispatcher.BUILT_IN), () -> false)
                .dispatch(new GetParameterValues(List.of("Device.")), new SessionOrders());
        Outgoing.StreamedResponse r = new Outgoing.StreamedResponse(CwmpVersion.V1_4, "acs-8",
                ((RpcAnswer.Streamed) answer).values());
        assertTrue(r.values().isPrepared());
        int reads = model.getValuesCalls;
        model.put("Device.DeviceInfo.ProcessStatus.Process.4242.Command", "ntpd", "string", false);
        byte[] first = write(r);
        byte[] again = write(r); // a re-send after an authentication challenge
        assertEquals(reads, model.getValuesCalls);
        assertEquals(8, strictCount(first));
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(again, StandardCharsets.UTF_8));
        GetParameterValuesResponse decoded = (GetParameterValuesResponse) new CwmpDecoder().decode(first).first();
        assertTrue(decoded.parameterList().contains(new org.homegw.cwmp.message.ParameterValueStruct(
                "Device.ManagementServer.PeriodicInformInterval", "300", "unsignedInt")));
    }

    @Test
    public void large_answer_is_well_formed_and_complete() throws Exception {
        Outgoing.StreamedResponse r = answerToWholeTree();
        assertFalse(r.values().isPrepared());
        byte[] body = write(r);
        assertEquals(valuesInModel(), strictCount(body));
        GetParameterValuesResponse decoded = (GetParameterValuesResponse) new CwmpDecoder(
                DecodeLimits.DEFAULTS.withMaxBytes(64L << 20)).decode(body).first();
        assertTrue(decoded.parameterList().contains(new org.homegw.cwmp.message.ParameterValueStruct(
                "Device.Firewall.Chain.1.Rule.777.Description", "bench rule <777> & \"co\"", "string")));
    }

    @Test
    public void values_appearing_after_the_request_was_validated_give_a_consistent_document() throws Exception {
        Outgoing.StreamedResponse r = answerToWholeTree();
        // a process starts (a table row appears) between validation and the writing of the answer
        model.put("Device.DeviceInfo.ProcessStatus.Process.4242.Command", "ntpd", "string", false);
        byte[] body = write(r);
        assertEquals(valuesInModel(), strictCount(body));
        assertTrue(new String(body, StandardCharsets.UTF_8).endsWith("</SOAP-ENV:Envelope>"));
    }

    @Test
    public void values_vanishing_after_the_request_was_validated_give_a_consistent_document() throws Exception {
        Outgoing.StreamedResponse r = answerToWholeTree();
        model.vanish("Device.Firewall.Chain.1.Rule.9.");
        byte[] body = write(r);
        assertEquals(valuesInModel(), strictCount(body));
    }
}
