package org.homegw.crash;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

import org.homegw.e2e.E2eGateway;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;

/**
 * The crash-consistency run against the assembled distribution: {@code -Dcrash.kills=N} kill points
 * (20 in the build), {@code -Dcrash.seed=S} to replay a run. The table and every violation are
 * printed and written to {@code target/crash/crash-report.txt}.
 */
public class CrashConsistencyIT {

    private final TemporaryFolder files = new TemporaryFolder();
    private final E2eGateway gw = E2eGateway.with(b -> b.filesDir(files.getRoot().toPath()),
            "Device.ManagementServer.CWMPRetryMinimumWaitInterval=1");

    @Rule
    public final RuleChain chain = RuleChain.outerRule(files).around(gw);

    @Test
    public void every_kill_leaves_state_whole_and_deliveries_exactly_once() throws IOException {
        int kills = Integer.getInteger("crash.kills", 20);
        String seedText = System.getProperty("crash.seed", "");
        long seed = seedText.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(seedText.trim());
        CrashLab lab = new CrashLab(gw, files.getRoot().toPath());
        List<Scenario> scenarios = only(List.of(SpvScenario.storeBacked(), SpvScenario.acrossProviders(),
                new ObjectScenario(), DownloadScenario.configFile(), DownloadScenario.firmware(256 << 10, seed),
                new DuScenario(), EventScenario.scheduleInform(), EventScenario.reboot()));
        java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(new TeeStream(System.out, copy), true, StandardCharsets.UTF_8);
        CrashRun.Result r = new CrashRun(lab, scenarios, seed, kills, out).run();
        Path report = Path.of(System.getProperty("crash.out", "target/crash")).resolve("crash-report.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, copy.toByteArray());
        assertEquals(kills, r.kills());
        assertTrue("seed " + seed + ": " + r.violations().size() + " violations:\n"
                + String.join("\n", r.violations()), r.violations().isEmpty());
    }

    /**
     * The scenarios whose name contains one of the comma-separated texts of {@code -Dcrash.only}
     * (case-insensitive), all when it is not set: to aim every kill of a run at one operation.
     */
    private static List<Scenario> only(List<Scenario> all) {
        String only = System.getProperty("crash.only", "").trim();
        if (only.isEmpty()) {
            return all;
        }
        List<String> wanted = java.util.Arrays.stream(only.split(",")).map(String::trim).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
        List<Scenario> picked = all.stream()
                .filter(s -> wanted.stream().anyMatch(w -> s.name().toLowerCase(java.util.Locale.ROOT).contains(w)))
                .toList();
        if (picked.isEmpty()) {
            throw new IllegalArgumentException("-Dcrash.only=" + only + " names no scenario");
        }
        return picked;
    }

    /** Writes to two streams. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
