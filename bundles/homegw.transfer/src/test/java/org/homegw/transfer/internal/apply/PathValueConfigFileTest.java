package org.homegw.transfer.internal.apply;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.homegw.datamodel.api.ParameterValue;
import org.homegw.transfer.api.ApplyResult;
import org.homegw.transfer.internal.testing.FakeDataModel;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class PathValueConfigFileTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FakeDataModel model = new FakeDataModel()
            .put("Device.A", "1", "unsignedInt", true)
            .put("Device.B", "x", "string", true);

    private Path file(String text) throws Exception {
        Path p = tmp.newFile().toPath();
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private ApplyResult apply(String text) throws Exception {
        return new PathValueConfigFile(model, 1 << 16).apply(file(text));
    }

    @Test
    public void parses_comments_blank_lines_escapes_and_equals_in_values() throws Exception {
        assertEquals(List.of(ParameterValue.untyped("Device.A", "2"), ParameterValue.untyped("Device.B", "a=b\\c\nd")),
                PathValueConfigFile.parse(file("\uFEFF# comment\n\nDevice.A =2\nDevice.B=a=b\\\\c\\nd\n")));
    }

    @Test
    public void malformed_lines_fail_9018_and_nothing_is_set() throws Exception {
        for (String bad : List.of("Device.A\n", "=1\n", "Device.=1\n", "Device.A=1\nDevice.A=2\n", "Device.B=\\q\n",
                "Device.B=end\\\n", "# only comments\n")) {
            ApplyResult r = apply(bad);
            assertEquals(bad, 9018, r.faultCode());
        }
        assertEquals(0, model.setCalls());
    }

    @Test
    public void only_changed_values_are_written_so_a_restore_of_unchanged_read_only_values_succeeds() throws Exception {
        model.put("Device.IP.Diagnostics.IPPing.DiagnosticsState", "None", "string", false);
        assertEquals(0, apply("Device.IP.Diagnostics.IPPing.DiagnosticsState=None\nDevice.A=1\nDevice.B=y\n")
                .faultCode());
        assertEquals("y", model.value("Device.B"));
        assertEquals(0, apply("Device.A=1\nDevice.B=y\n").faultCode());
        assertEquals("an unchanged file writes nothing", 1, model.setCalls());
        assertEquals("a changed non-writable value still fails", 9018,
                apply("Device.IP.Diagnostics.IPPing.DiagnosticsState=Complete\n").faultCode());
        assertEquals("an unknown parameter still fails", 9018, apply("Device.Nope=1\n").faultCode());
    }

    @Test
    public void export_leaves_out_secrets_and_diagnostics_states() throws Exception {
        model.put("Device.IP.Diagnostics.IPPing.DiagnosticsState", "None", "string", true)
                .put("Device.ManagementServer.Password", "", "string", true);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new PathValueConfigFile(model, 1 << 16).export(out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text, text.contains("\nDevice.A=1\n"));
        assertTrue(text, !text.contains("DiagnosticsState") && !text.contains("Password"));
    }

    @Test
    public void invalid_value_fails_9018_naming_the_parameter() throws Exception {
        ApplyResult r = apply("Device.B=new\nDevice.A=minus-one\n");
        assertEquals(9018, r.faultCode());
        assertTrue(r.faultString(), r.faultString().contains("Device.A"));
        assertEquals("x", model.value("Device.B"));
    }

    @Test
    public void not_utf8_fails_9018() throws Exception {
        Path p = tmp.newFile().toPath();
        Files.write(p, new byte[] {'D', '=', (byte) 0xC3, (byte) 0x28});
        assertEquals(9018, new PathValueConfigFile(model, 1 << 16).apply(p).faultCode());
    }

    @Test
    public void oversized_file_fails_9018() throws Exception {
        assertEquals(9018, new PathValueConfigFile(model, 10).apply(file("Device.A=12345678901\n")).faultCode());
    }

    @Test
    public void escape_round_trips() {
        String v = "a\\b\nc\rd";
        assertEquals("a\\\\b\\nc\\rd", PathValueConfigFile.escape(v));
    }
}
