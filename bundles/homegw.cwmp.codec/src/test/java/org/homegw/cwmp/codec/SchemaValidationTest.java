package org.homegw.cwmp.codec;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.homegw.cwmp.codec.internal.EnvelopeWriter;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.InformResponse;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.xml.sax.SAXException;

/** Everything the encoder emits validates against the BBF schema of its version. */
public class SchemaValidationTest {
    private static Path dir;
    private final CwmpEncoder encoder = new CwmpEncoder();

    @BeforeClass
    public static void findKit() {
        dir = CwmpSchemas.schemaDir();
        Assume.assumeTrue("BBF schemas (../shared/bbf/schemas) not present", dir != null);
    }

    private List<String> invalidMessages(Schema schema, CwmpVersion version, CwmpHeader header) throws Exception {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (CwmpMessage message : Samples.all()) {
            if (!version.atLeast(EnvelopeWriter.since(message))) {
                continue;
            }
            byte[] xml = encoder.encode(Envelope.of(version, header.withId("id-" + n++), message));
            try {
                validate(schema, xml);
            } catch (SAXException e) {
                problems.add(message.methodName() + ": " + e.getMessage() + "\n" + new String(xml, StandardCharsets.UTF_8));
            }
        }
        return problems;
    }

    private static void validate(Schema schema, byte[] xml) throws Exception {
        Validator validator = schema.newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    public void every_message_validates_against_cwmp_1_0() throws Exception {
        List<String> problems = invalidMessages(CwmpSchemas.load(dir, "cwmp-1-0.xsd"), CwmpVersion.V1_0,
                CwmpHeader.EMPTY.withHoldRequests(false));
        assertTrue(String.join("\n\n", problems), problems.isEmpty());
    }

    @Test
    public void every_message_validates_against_cwmp_1_1() throws Exception {
        List<String> problems = invalidMessages(CwmpSchemas.load(dir, "cwmp-1-1.xsd"), CwmpVersion.V1_1,
                CwmpHeader.EMPTY);
        assertTrue(String.join("\n\n", problems), problems.isEmpty());
    }

    @Test
    public void every_message_validates_against_cwmp_1_2() throws Exception {
        List<String> problems = invalidMessages(CwmpSchemas.load(dir, "cwmp-1-2.xsd"), CwmpVersion.V1_2,
                CwmpHeader.EMPTY.withHoldRequests(true));
        assertTrue(String.join("\n\n", problems), problems.isEmpty());
    }

    @Test
    public void every_message_with_1_4_headers_validates_against_cwmp_1_4() throws Exception {
        CwmpHeader header = CwmpHeader.EMPTY.withSessionTimeout(30).withSupportedCwmpVersions("1.0,1.1,1.2,1.3,1.4")
                .withUseCwmpVersion("1.4");
        List<String> problems = invalidMessages(CwmpSchemas.load(dir, "cwmp-1-4.xsd"), CwmpVersion.V1_4, header);
        assertTrue(String.join("\n\n", problems), problems.isEmpty());
    }

    @Test
    public void streamed_get_parameter_values_response_validates() throws Exception {
        Schema schema = CwmpSchemas.load(dir, "cwmp-1-2.xsd");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        encoder.encodeGetParameterValuesResponse(out, CwmpVersion.V1_2, CwmpHeader.ofId("s"), 1000, w -> {
            for (int i = 0; i < 1000; i++) {
                w.write("Device.X.Param" + i, Integer.toString(i), "unsignedInt");
            }
        });
        validate(schema, out.toByteArray());
    }

    /** Proves the validation above is real: a message that breaks a facet is refused. */
    @Test
    public void schema_check_rejects_a_bad_message() throws Exception {
        Schema schema = CwmpSchemas.load(dir, "cwmp-1-2.xsd");
        byte[] bad = encoder.encode(Envelope.of(CwmpVersion.V1_2, "x",
                new GetParameterValuesResponse(List.of(new org.homegw.cwmp.message.ParameterValueStruct(
                        "Device.A", "not-a-number", "unsignedInt")))));
        expectInvalid(schema, bad);
        String missingMaxEnvelopes = new String(encoder.encode(Envelope.of(CwmpVersion.V1_2, "x", new InformResponse(1))),
                StandardCharsets.UTF_8).replaceAll("<MaxEnvelopes>1</MaxEnvelopes>", "");
        expectInvalid(schema, missingMaxEnvelopes.getBytes(StandardCharsets.UTF_8));
    }

    /** The 1-4 schema (include + redefine of 1-3) is really in force: it allows what 1-0 forbids. */
    @Test
    public void lightweight_notification_value_is_valid_in_1_4_but_not_in_1_0() throws Exception {
        org.homegw.cwmp.message.GetParameterAttributesResponse gpa = new org.homegw.cwmp.message
                .GetParameterAttributesResponse(List.of(new org.homegw.cwmp.message.ParameterAttributeStruct(
                        "Device.A", 5, List.of())));
        validate(CwmpSchemas.load(dir, "cwmp-1-4.xsd"), encoder.encode(Envelope.of(CwmpVersion.V1_4, "n", gpa)));
        expectInvalid(CwmpSchemas.load(dir, "cwmp-1-0.xsd"), encoder.encode(Envelope.of(CwmpVersion.V1_0, "n", gpa)));
    }

    private static void expectInvalid(Schema schema, byte[] xml) throws Exception {
        try {
            validate(schema, xml);
            fail("invalid message accepted: " + new String(xml, StandardCharsets.UTF_8));
        } catch (SAXException expected) {
            // the schema caught it
        }
    }
}
