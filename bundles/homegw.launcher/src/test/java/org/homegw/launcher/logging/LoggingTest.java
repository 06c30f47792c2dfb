package org.homegw.launcher.logging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LoggingTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final LogDispatcher dispatcher = new LogDispatcher(
            Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC),
            new PrintStream(console, true, StandardCharsets.UTF_8));

    private static LogConfig parse(String text) throws Exception {
        Properties p = new Properties();
        p.load(new java.io.StringReader(text));
        return LogConfig.parse(p);
    }

    @Test
    public void longest_prefix_decides_the_threshold() throws Exception {
        LogConfig c = parse("level=WARNING\nlevel.org.homegw=INFO\nlevel.org.homegw.cwmp=DEBUG\n");
        assertEquals(Level.DEBUG, c.thresholdOf("org.homegw.cwmp.client.SessionEngine"));
        assertEquals(Level.INFO, c.thresholdOf("org.homegw.datamodel.Registry"));
        assertEquals(Level.WARNING, c.thresholdOf("org.homegwx.Other"));
        assertEquals(Level.WARNING, c.thresholdOf("org.apache.felix.scr"));
    }

    @Test
    public void rejects_unknown_keys_and_levels() {
        assertThrows(IllegalArgumentException.class, () -> parse("lvl=INFO\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("level=LOUD\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("file.count=0\n"));
    }

    @Test
    public void session_bodies_at_debug_appear_only_when_configured() throws Exception {
        GatewayLogger rpc = new GatewayLogger("org.homegw.cwmp.client.Session", dispatcher);
        dispatcher.configure(parse("level=INFO\n"), null);
        rpc.log(Level.INFO, "Inform sent");
        rpc.log(Level.DEBUG, "<soap:Envelope/>");
        String out = console.toString(StandardCharsets.UTF_8);
        assertTrue(out, out.contains("2026-01-02T03:04:05.678Z INFO  [main] org.homegw.cwmp.client.Session - Inform sent"));
        assertFalse(out, out.contains("Envelope"));

        dispatcher.configure(parse("level=INFO\nlevel.org.homegw.cwmp=DEBUG\nconsole.level=DEBUG\n"), null);
        rpc.log(Level.DEBUG, "<soap:Envelope/>");
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("DEBUG [main] org.homegw.cwmp.client.Session - <soap:Envelope/>"));
    }

    @Test
    public void formats_parameters_and_appends_stack_traces() throws Exception {
        GatewayLogger log = new GatewayLogger("x", dispatcher);
        log.log(Level.WARNING, "retry {0} in {1} s", 3, 20);
        log.log(Level.ERROR, "failed", new IllegalStateException("boom"));
        String out = console.toString(StandardCharsets.UTF_8);
        assertTrue(out, out.contains("WARN  [main] x - retry 3 in 20 s"));
        assertTrue(out, out.contains("java.lang.IllegalStateException: boom"));
    }

    @Test
    public void console_threshold_does_not_limit_the_file() throws Exception {
        Path dir = tmp.getRoot().toPath();
        dispatcher.configure(new LogConfig(Level.INFO, Map.of(), Level.WARNING, 1 << 20, 2), dir);
        new GatewayLogger("x", dispatcher).log(Level.INFO, "only in the file");
        dispatcher.closeFile();
        assertFalse(console.toString(StandardCharsets.UTF_8).contains("only in the file"));
        assertTrue(Files.readString(dir.resolve("homegw.log")).contains("only in the file"));
    }

    @Test
    public void file_rolls_over_and_keeps_count_files() throws Exception {
        Path dir = tmp.getRoot().toPath();
        try (RotatingFileSink sink = new RotatingFileSink(dir, 4096, 2)) {
            String line = "x".repeat(999) + "\n";
            for (int i = 0; i < 20; i++) {
                sink.write(line);
            }
        }
        assertTrue(Files.size(dir.resolve("homegw.log")) <= 4096);
        assertTrue(Files.exists(dir.resolve("homegw.log.1")));
        assertTrue(Files.exists(dir.resolve("homegw.log.2")));
        assertFalse(Files.exists(dir.resolve("homegw.log.3")));
    }
}
