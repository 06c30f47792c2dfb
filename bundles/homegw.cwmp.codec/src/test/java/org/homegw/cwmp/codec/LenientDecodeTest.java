package org.homegw.cwmp.codec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.homegw.cwmp.message.*;
import org.junit.Test;

/** Envelopes as real ACSs write them: other prefixes, namespaces, sloppy arrays and types. */
public class LenientDecodeTest {
    private final CwmpDecoder decoder = new CwmpDecoder();

    private Envelope decode(String xml) throws DecodeException {
        return decoder.decode(xml.getBytes(StandardCharsets.UTF_8));
    }

    private DecodeException refused(String xml) {
        try {
            decoder.decodeAll(xml.getBytes(StandardCharsets.UTF_8));
        } catch (DecodeException e) {
            return e;
        }
        throw new AssertionError("accepted: " + xml);
    }

    /** The shape GenieACS sends: soap-env/soap-enc prefixes, cwmp-1-0, everything on one line. */
    @Test
    public void reads_genieacs_style_get_parameter_names() throws Exception {
        Envelope e = decode("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<soap-env:Envelope "
                + "xmlns:soap-enc=\"http://schemas.xmlsoap.org/soap/encoding/\" "
                + "xmlns:soap-env=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:cwmp=\"urn:dslforum-org:cwmp-1-0\"><soap-env:Header><cwmp:ID soap-env:mustUnderstand=\"1\">"
                + "17ee4a3c</cwmp:ID></soap-env:Header><soap-env:Body><cwmp:GetParameterNames>"
                + "<ParameterPath>InternetGatewayDevice.</ParameterPath><NextLevel>false</NextLevel>"
                + "</cwmp:GetParameterNames></soap-env:Body></soap-env:Envelope>");
        assertEquals(CwmpVersion.V1_0, e.version());
        assertEquals("17ee4a3c", e.header().id());
        assertEquals(new GetParameterNames("InternetGatewayDevice.", false), e.first());
    }

    @Test
    public void reads_soapenv_prefix_without_array_type_and_with_odd_value_types() throws Exception {
        Envelope e = decode("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"\n"
                + "    xmlns:c=\"urn:dslforum-org:cwmp-1-2\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n"
                + "    xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                + "  <soapenv:Header>\n    <c:ID soapenv:mustUnderstand=\"1\"> 42 </c:ID>\n"
                + "    <c:HoldRequests soapenv:mustUnderstand=\"1\">true</c:HoldRequests>\n"
                + "    <c:NoMoreRequests>1</c:NoMoreRequests>\n  </soapenv:Header>\n"
                + "  <soapenv:Body>\n    <c:SetParameterValues>\n      <ParameterList>\n"
                + "        <ParameterValueStruct>\n          <Name> Device.A </Name>\n"
                + "          <Value i:type=\"xs:unsignedInt\">5</Value>\n        </ParameterValueStruct>\n"
                + "        <ParameterValueStruct><Name>Device.B</Name><Value>no type</Value></ParameterValueStruct>\n"
                + "        <ParameterValueStruct><Name>Device.C</Name><Value i:type=\"string\"> kept </Value>"
                + "<X_Vendor>ignored</X_Vendor></ParameterValueStruct>\n"
                + "        <ParameterValueStruct><Name>Device.D</Name>"
                + "<Value i:type=\"soap-enc:base64Binary\">AA==</Value></ParameterValueStruct>\n"
                + "      </ParameterList>\n    </c:SetParameterValues>\n  </soapenv:Body>\n</soapenv:Envelope>\n");
        assertEquals(CwmpVersion.V1_2, e.version());
        assertEquals(" 42 ", e.header().id());
        assertTrue(e.header().isHoldRequests());
        assertEquals(Boolean.TRUE, e.header().noMoreRequests());
        assertEquals(new SetParameterValues(List.of(new ParameterValueStruct("Device.A", "5", "unsignedInt"),
                new ParameterValueStruct("Device.B", "no type", ParameterValueStruct.UNTYPED),
                new ParameterValueStruct("Device.C", " kept ", "string"),
                new ParameterValueStruct("Device.D", "AA==", "base64")), ""), e.first());
    }

    @Test
    public void reads_default_namespace_and_cwmp_1_1() throws Exception {
        Envelope e = decode("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<SOAP-ENV:Body><GetParameterValues xmlns=\"urn:dslforum-org:cwmp-1-1\"><ParameterNames>"
                + "<string>Device.DeviceInfo.</string><string>\n\tDevice.Time.\n</string></ParameterNames>"
                + "</GetParameterValues></SOAP-ENV:Body></SOAP-ENV:Envelope>");
        assertEquals(CwmpVersion.V1_1, e.version());
        assertEquals(CwmpHeader.EMPTY, e.header());
        assertEquals(new GetParameterValues(List.of("Device.DeviceInfo.", "Device.Time.")), e.first());
    }

    @Test
    public void reads_several_envelopes_in_one_body() throws Exception {
        String one = "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:cwmp=\"urn:dslforum-org:cwmp-1-0\"><s:Header><cwmp:ID s:mustUnderstand=\"1\">%s</cwmp:ID>"
                + "</s:Header><s:Body>%s</s:Body></s:Envelope>\r\n";
        String body = String.format(one, "1", "<cwmp:Reboot><CommandKey>k</CommandKey></cwmp:Reboot>")
                + String.format(one, "2", "<cwmp:FactoryReset/>")
                + "<!-- a comment that mentions <?xml version=\"1.0\"?> -->"
                + String.format(one, "3", "<cwmp:GetRPCMethods></cwmp:GetRPCMethods>");
        List<Envelope> all = decoder.decodeAll(body.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, all.size());
        assertEquals(new Reboot("k"), all.get(0).first());
        assertEquals("2", all.get(1).header().id());
        assertEquals(new FactoryReset(), all.get(1).first());
        assertEquals(new GetRPCMethods(), all.get(2).first());
        assertEquals(DecodeException.Reason.NOT_AN_ENVELOPE, refusedBySingle(body).reason());
    }

    private DecodeException refusedBySingle(String xml) {
        try {
            decoder.decode(xml.getBytes(StandardCharsets.UTF_8));
        } catch (DecodeException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    @Test
    public void cdata_content_is_kept_verbatim() throws Exception {
        Envelope e = decode(envelope("<cwmp:SetParameterValues><ParameterList><ParameterValueStruct><Name>Device.X"
                + "</Name><Value><![CDATA[<?xml version=\"1.0\"?><!DOCTYPE x><a>&amp;</a>]]></Value>"
                + "</ParameterValueStruct></ParameterList><ParameterKey>k</ParameterKey></cwmp:SetParameterValues>"));
        SetParameterValues spv = (SetParameterValues) e.first();
        assertEquals("<?xml version=\"1.0\"?><!DOCTYPE x><a>&amp;</a>", spv.parameterList().get(0).value());
    }

    private static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:cwmp=\"urn:dslforum-org:cwmp-1-0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<soap:Header><cwmp:ID soap:mustUnderstand=\"1\">id-9</cwmp:ID></soap:Header><soap:Body>" + body
                + "</soap:Body></soap:Envelope>";
    }

    @Test
    public void vendor_method_becomes_unknown_method_with_its_name_and_argument_tree() throws Exception {
        Envelope e = decode(envelope("<cwmp:X_ACME_Frobnicate><Level xsi:type=\"xsd:int\">3</Level>\n  <Opts>"
                + "<Mode> fast </Mode><Empty/></Opts></cwmp:X_ACME_Frobnicate><cwmp:X_ACME_FrobnicateResponse/>"));
        assertEquals(new UnknownMethod("X_ACME_Frobnicate", List.of(VendorArgument.of("Level", "3"),
                VendorArgument.struct("Opts", VendorArgument.of("Mode", " fast "), VendorArgument.of("Empty", "")))),
                e.first());
        assertEquals(new VendorResponse("X_ACME_FrobnicateResponse", List.of()), e.body().get(1));
    }

    @Test
    public void vendor_argument_name_the_tree_cannot_hold_is_a_9003() {
        DecodeException e = assertThrows(DecodeException.class, () -> decode(envelope(
                "<cwmp:X_ACME_Frobnicate><\u00e9t\u00e9>1</\u00e9t\u00e9></cwmp:X_ACME_Frobnicate>")));
        assertEquals(java.util.OptionalInt.of(9003), e.faultCode());
    }

    @Test
    public void missing_required_argument_is_a_9003_with_method_and_id() {
        DecodeException e = refused(envelope("<cwmp:SetParameterValues><ParameterKey>k</ParameterKey>"
                + "</cwmp:SetParameterValues>"));
        assertEquals(DecodeException.Reason.INVALID_ARGUMENTS, e.reason());
        assertEquals("SetParameterValues", e.method().orElseThrow());
        assertEquals("id-9", e.cwmpId().orElseThrow());
        assertEquals(9003, e.faultCode().getAsInt());
    }

    @Test
    public void malformed_boolean_is_a_9003() {
        DecodeException e = refused(envelope("<cwmp:GetParameterNames><ParameterPath>Device.</ParameterPath>"
                + "<NextLevel>maybe</NextLevel></cwmp:GetParameterNames>"));
        assertEquals(9003, e.faultCode().getAsInt());
        assertTrue(e.getMessage(), e.getMessage().contains("NextLevel"));
    }

    @Test
    public void negative_unsigned_int_is_a_9003() {
        DecodeException e = refused(envelope("<cwmp:ScheduleInform><DelaySeconds>-1</DelaySeconds>"
                + "<CommandKey>k</CommandKey></cwmp:ScheduleInform>"));
        assertEquals(9003, e.faultCode().getAsInt());
    }

    @Test
    public void nil_parameter_path_of_cwmp_1_0_reads_as_empty() throws Exception {
        Envelope e = decode(envelope("<cwmp:GetParameterNames><ParameterPath xsi:nil=\"true\"/>"
                + "<NextLevel>1</NextLevel></cwmp:GetParameterNames>"));
        assertEquals(new GetParameterNames("", true), e.first());
    }

    @Test
    public void reads_acs_fault_and_fault_without_detail() throws Exception {
        Envelope e = decode(envelope("<soap:Fault><faultcode>soap:Server</faultcode><faultstring>CWMP fault"
                + "</faultstring><detail><cwmp:Fault><FaultCode>8005</FaultCode><FaultString>Retry request"
                + "</FaultString></cwmp:Fault></detail></soap:Fault>"));
        assertEquals(new FaultMessage("Server", "CWMP fault", 8005, "Retry request", List.of()), e.first());
        e = decode(envelope("<soap:Fault><faultcode>Client</faultcode><faultstring>bad</faultstring></soap:Fault>"));
        assertEquals(new FaultMessage("Client", "bad", 0, "", List.of()), e.first());
    }

    @Test
    public void reads_change_du_state_with_operations_wrapped_in_an_array() throws Exception {
        Envelope e = decode(envelope("<cwmp:ChangeDUState><Operations>"
                + "<InstallOpStruct><URL>http://x/a.ipk</URL></InstallOpStruct>"
                + "<UninstallOpStruct><UUID>" + Samples.UUID + "</UUID></UninstallOpStruct>"
                + "</Operations><CommandKey>c</CommandKey></cwmp:ChangeDUState>"));
        assertEquals(new ChangeDUState(List.of(new InstallOpStruct("http://x/a.ipk", null, null, null, null),
                new UninstallOpStruct(Samples.UUID, null, null)), "c"), e.first());
    }

    @Test
    public void change_du_state_operation_without_type_is_a_9003() {
        DecodeException e = refused(envelope("<cwmp:ChangeDUState><Operations><URL>http://x</URL></Operations>"
                + "</cwmp:ChangeDUState>"));
        assertEquals(9003, e.faultCode().getAsInt());
    }

    @Test
    public void empty_body_has_no_envelope() throws Exception {
        assertEquals(List.of(), decoder.decodeAll(new byte[0]));
        assertEquals(List.of(), decoder.decodeAll(" \r\n".getBytes(StandardCharsets.US_ASCII)));
        try {
            decoder.decode(new byte[0]);
            fail();
        } catch (DecodeException e) {
            assertEquals(DecodeException.Reason.EMPTY, e.reason());
        }
    }

    @Test
    public void envelope_with_empty_body_has_no_messages() throws Exception {
        Envelope e = decode(envelope(""));
        assertEquals(List.of(), e.body());
        assertEquals("id-9", e.header().id());
    }

    @Test
    public void tolerates_byte_order_mark_and_blanks_before_the_declaration() throws Exception {
        byte[] xml = ("\uFEFF \r\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + envelope("<cwmp:GetRPCMethods/>"))
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(new GetRPCMethods(), decoder.decode(xml).first());
    }

    @Test
    public void honours_declared_latin1_encoding() throws Exception {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + envelope("<cwmp:Reboot><CommandKey>café"
                + "</CommandKey></cwmp:Reboot>")).getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(new Reboot("café"), decoder.decode(xml).first());
    }

    @Test
    public void reads_utf16_single_envelope() throws Exception {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + envelope("<cwmp:Reboot><CommandKey>ü"
                + "</CommandKey></cwmp:Reboot>")).getBytes(Charset.forName("UTF-16"));
        assertEquals(new Reboot("ü"), decoder.decode(xml).first());
    }

    @Test
    public void version_comes_from_declared_namespace_when_no_cwmp_element_is_present() throws Exception {
        Envelope e = decode("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:cwmp=\"urn:dslforum-org:cwmp-1-1\"><s:Body/></s:Envelope>");
        assertEquals(CwmpVersion.V1_1, e.version());
    }
}
