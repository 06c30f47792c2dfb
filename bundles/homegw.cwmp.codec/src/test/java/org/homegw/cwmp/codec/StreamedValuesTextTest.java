package org.homegw.cwmp.codec;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.junit.Test;

/**
 * The streamed GetParameterValuesResponse writes its values as text of its own, not through StAX:
 * its bytes are exactly those of the same response encoded as a message, whatever the values hold.
 */
public class StreamedValuesTextTest {

    private final CwmpEncoder encoder = new CwmpEncoder();

    private byte[] streamed(CwmpVersion version, CwmpHeader header, List<ParameterValueStruct> values)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encodeGetParameterValuesResponse(out, version, header, values.size(),
                w -> values.forEach(v -> w.write(v.name(), v.value(), v.type())));
        return out.toByteArray();
    }

    private void assertSameBytes(CwmpVersion version, CwmpHeader header, List<ParameterValueStruct> values)
            throws Exception {
        String expected = new String(encoder.encode(new Envelope(version, header,
                List.of(new GetParameterValuesResponse(values)))), StandardCharsets.UTF_8);
        assertEquals(expected, new String(streamed(version, header, values), StandardCharsets.UTF_8));
    }

    @Test
    public void values_with_markup_controls_and_surrogates_are_written_as_stax_writes_them() throws Exception {
        List<ParameterValueStruct> values = List.of(
                new ParameterValueStruct("Device.A.Plain", "just text", "string"),
                new ParameterValueStruct("Device.A.Empty", "", "string"),
                new ParameterValueStruct("Device.A.Markup", "<a href=\"x\">&amp; 'q' > </a>", "string"),
                new ParameterValueStruct("Device.A.Lines", "one\r\ntwo\tthree\nfour\r", "string"),
                new ParameterValueStruct("Device.A.Controls", "nul\u0000bel\u0007esc\u001b", "string"),
                new ParameterValueStruct("Device.A.Pair", "clef \uD834\uDD1E ok", "string"),
                new ParameterValueStruct("Device.A.Lone", "high \uD834 low \uDD1E end\uD834", "string"),
                new ParameterValueStruct("Device.A.NonChars", "\uFFFE\uFFFF\uFFFD\uE000", "string"),
                new ParameterValueStruct("Device.A.Latin", "Grüße, naïve café – ünïcödé", "string"),
                new ParameterValueStruct("Device.A.Number", "42", "unsignedInt"),
                new ParameterValueStruct("Device.A.When", "2026-11-27T12:00:00Z", "dateTime"),
                new ParameterValueStruct("Device.A.Blob", "AAEC", "base64"),
                new ParameterValueStruct("Device.A.Untyped", "x", ""),
                new ParameterValueStruct("Device.A.Vendor", "x", "X_VENDOR_odd\"&<type>"),
                new ParameterValueStruct("Device.A.&<Name>\u0001", "v", "string"));
        for (CwmpVersion version : CwmpVersion.values()) {
            assertSameBytes(version, CwmpHeader.ofId("acs-1"), values);
        }
    }

    @Test
    public void no_values_and_many_values_are_written_as_stax_writes_them() throws Exception {
        assertSameBytes(CwmpVersion.V1_4, CwmpHeader.ofId("acs-2"), List.of());
        List<ParameterValueStruct> many = new ArrayList<>();
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append(i % 10 == 0 ? '&' : (char) ('a' + i % 26));
        }
        for (int i = 0; i < 3000; i++) {
            many.add(new ParameterValueStruct("Device.Firewall.Chain.1.Rule." + i + ".Description",
                    i % 500 == 0 ? big.toString() : "rule <" + i + ">", "string"));
        }
        assertSameBytes(CwmpVersion.V1_2, CwmpHeader.ofId("acs-3"), many);
    }
}
