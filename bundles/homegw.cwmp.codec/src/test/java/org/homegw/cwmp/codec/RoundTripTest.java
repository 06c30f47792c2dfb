package org.homegw.cwmp.codec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.homegw.cwmp.codec.internal.EnvelopeWriter;
import org.homegw.cwmp.message.*;
import org.junit.Test;

public class RoundTripTest {
    private final CwmpEncoder encoder = new CwmpEncoder();
    private final CwmpDecoder decoder = new CwmpDecoder();

    private static CwmpVersion decodedVersion(CwmpVersion sent) {
        return sent.atLeast(CwmpVersion.V1_2) ? CwmpVersion.V1_2 : sent;
    }

    @Test
    public void every_message_survives_a_round_trip_in_every_version_that_defines_it() throws Exception {
        int checked = 0;
        for (CwmpVersion version : CwmpVersion.values()) {
            for (CwmpMessage message : Samples.all()) {
                if (!version.atLeast(EnvelopeWriter.since(message))) {
                    continue;
                }
                Envelope sent = Envelope.of(version, "id-" + checked, message);
                Envelope got = decoder.decode(encoder.encode(sent));
                assertEquals(message.methodName() + " in " + version.label(),
                        new Envelope(decodedVersion(version), sent.header(), sent.body()), got);
                checked++;
            }
        }
        assertTrue(checked > 250);
    }

    @Test
    public void sample_set_covers_every_concrete_message_type() {
        Set<String> names = new HashSet<>();
        Samples.all().forEach(m -> names.add(m.getClass().getSimpleName()));
        for (Class<?> type : CwmpRequest.class.getPermittedSubclasses()) {
            assertTrue(type.getSimpleName(), names.contains(type.getSimpleName())
                    || type == UnknownMethod.class);
        }
        for (Class<?> type : CwmpResponse.class.getPermittedSubclasses()) {
            assertTrue(type.getSimpleName(), names.contains(type.getSimpleName()));
        }
    }

    @Test
    public void xsi_type_with_several_colons_reads_as_its_last_part_and_stays_so() throws Exception {
        // found by CwmpRoundTripFuzzTest: "::unsignedLong" read as ":unsignedLong", written again as
        // "xsd:unsignedLong" and then read as "unsignedLong": decode, encode, decode changed the value's type
        String body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:cwmp=\"urn:dslforum-org:cwmp-1-2\">"
                + "<soap:Header><cwmp:ID soap:mustUnderstand=\"1\">1</cwmp:ID></soap:Header><soap:Body>"
                + "<cwmp:SetParameterValues><ParameterList><ParameterValueStruct><Name>Device.X_A</Name>"
                + "<Value xsi:type=\"::unsignedLong\">5</Value></ParameterValueStruct></ParameterList>"
                + "<ParameterKey>k</ParameterKey></cwmp:SetParameterValues></soap:Body></soap:Envelope>";
        Envelope first = decoder.decode(body.getBytes(StandardCharsets.UTF_8));
        SetParameterValues spv = (SetParameterValues) first.body().get(0);
        assertEquals("unsignedLong", spv.parameterList().get(0).type());
        assertEquals(first, decoder.decode(encoder.encode(first)));
    }

    @Test
    public void several_messages_in_one_envelope_keep_their_order() throws Exception {
        Envelope sent = new Envelope(CwmpVersion.V1_2, CwmpHeader.ofId("7"),
                List.of(new GetRPCMethods(), new Reboot("r"), new FactoryReset()));
        assertEquals(sent, decoder.decode(encoder.encode(sent)));
    }

    @Test
    public void several_envelopes_in_one_body_round_trip() throws Exception {
        List<Envelope> sent = List.of(Envelope.of(CwmpVersion.V1_0, "1", new Reboot("a")),
                Envelope.of(CwmpVersion.V1_0, "2", new GetParameterNames("Device.", false)),
                Envelope.of(CwmpVersion.V1_0, "3", new FactoryReset()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encodeAll(sent, out);
        assertEquals(sent, decoder.decodeAll(out.toByteArray()));
    }

    @Test
    public void header_elements_round_trip_in_1_4() throws Exception {
        CwmpHeader header = new CwmpHeader("abc", true, false, 45L, "1.0,1.1,1.2,1.3,1.4", "1.4");
        Envelope sent = Envelope.of(CwmpVersion.V1_4, header, new InformResponse(1));
        Envelope got = decoder.decode(encoder.encode(sent));
        assertEquals(header, got.header());
    }

    @Test
    public void header_elements_a_version_lacks_are_left_out() throws Exception {
        CwmpHeader header = new CwmpHeader("abc", null, null, 45L, "1.0,1.1,1.2,1.3,1.4", "1.4");
        Envelope got = decoder.decode(encoder.encode(Envelope.of(CwmpVersion.V1_2, header, new GetRPCMethods())));
        assertEquals(CwmpHeader.ofId("abc"), got.header());
        got = decoder.decode(encoder.encode(Envelope.of(CwmpVersion.V1_3, header, new GetRPCMethods())));
        assertEquals(CwmpHeader.ofId("abc").withSessionTimeout(45), got.header());
    }

    @Test
    public void message_missing_from_a_version_is_refused() {
        try {
            encoder.encode(Envelope.of(CwmpVersion.V1_0, "1", new CancelTransfer("x")));
            fail("CancelTransfer does not exist in 1.0");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("1.2"));
        }
    }

    @Test
    public void text_that_xml_cannot_carry_is_made_safe() throws Exception {
        String tricky = "line1\r\nline2\u0001end ]]> \uD83D\uDE00";
        Envelope sent = Envelope.of(CwmpVersion.V1_0, "1",
                new SetParameterValues(List.of(ParameterValueStruct.ofString("Device.X", tricky)), ""));
        SetParameterValues got = (SetParameterValues) decoder.decode(encoder.encode(sent)).first();
        assertEquals("line1\r\nline2\uFFFDend ]]> \uD83D\uDE00", got.parameterList().get(0).value());
    }

    @Test
    public void writer_output_decodes_like_stream_output() throws Exception {
        Envelope sent = Envelope.of(CwmpVersion.V1_1, "w", new GetParameterValuesResponse(Samples.values()));
        StringWriter chars = new StringWriter();
        encoder.encode(sent, chars);
        assertEquals(sent, decoder.decode(chars.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void streamed_get_parameter_values_response_equals_the_list_form() throws Exception {
        List<ParameterValueStruct> values = Samples.values();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encodeGetParameterValuesResponse(out, CwmpVersion.V1_4, CwmpHeader.ofId("s"), values.size(),
                w -> values.forEach(v -> w.write(v.name(), v.value(), v.type())));
        Envelope got = decoder.decode(out.toByteArray());
        assertEquals(new GetParameterValuesResponse(values), got.first());
        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml, xml.contains("arrayType=\"cwmp:ParameterValueStruct[8]\""));
        assertTrue(xml, xml.contains("xsi:type=\"xsd:base64Binary\""));
    }

    @Test
    public void streamed_response_with_wrong_count_fails() throws Exception {
        try {
            encoder.encodeGetParameterValuesResponse(new ByteArrayOutputStream(), CwmpVersion.V1_2,
                    CwmpHeader.ofId("s"), 3, w -> w.write("Device.A", "1", "int"));
            fail("count mismatch must be reported");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("announced 3"));
        }
    }
}
