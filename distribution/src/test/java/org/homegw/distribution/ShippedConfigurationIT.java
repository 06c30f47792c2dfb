package org.homegw.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A firmware builder's adapter settings and driver choice in {@code conf/config/*.cfg}: applied to
 * Config Admin before the adapters start (so each adapter activates once, with them), kept when
 * unchanged, removed with their file.
 */
public class ShippedConfigurationIT {

    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration STOP = Duration.ofSeconds(30);
    private static final String VOIP_ON = "VoIP adapter serving";

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void applies_adapter_settings_and_driver_choice_from_conf_config_before_the_adapters_start() throws Exception {
        Path home = GatewayProcess.copyDistribution(tmp.newFolder("dist").toPath());
        Path config = home.resolve("conf/config");
        Files.createDirectories(config);
        int shipped; // files the distribution ships there itself (e.g. EventAdmin's thread pool)
        try (var files = Files.list(config)) {
            shipped = (int) files.filter(f -> f.toString().endsWith(".cfg")).count();
        }
        // the SIP driver (ranked above the simulated one) is configured, yet the adapter is told to
        // use the simulated driver; the host adapter is told to leave Ethernet out
        Files.writeString(config.resolve("org.homegw.adapter.voip.sip.cfg"), "lines=1\n", StandardCharsets.UTF_8);
        Path voip = Files.writeString(config.resolve("org.homegw.adapter.voip.cfg"),
                "# driver choice: the reference named driver, filtered by the drivers' homegw.driver property\n"
                        + "driver.target=(homegw.driver=simulated)\n", StandardCharsets.UTF_8);
        Files.writeString(config.resolve("org.homegw.adapter.host.cfg"), "ethernet=false\n", StandardCharsets.UTF_8);
        Path state = tmp.getRoot().toPath().resolve("state");

        try (GatewayProcess gw = GatewayProcess.start(home, "--no-shell", "--state-dir", state.toString())) {
            gw.awaitLine("shipped configurations", START);
            assertTrue(gw.output(), gw.output().contains((shipped + 3) + " applied, 0 unchanged, 0 deleted, 0 failed"));
            String voipLine = gw.awaitLine(VOIP_ON, START);
            assertTrue(voipLine, voipLine.endsWith("SimulatedVoiceDriverComponent"));
            String host = gw.awaitLine("host adapter serving", START);
            assertTrue("DeviceInfo, IP, Hosts without Ethernet: " + host, host.contains("serving 3 provider(s)"));
            gw.awaitLine("homegw started", START);
            // activated once with the shipped settings: no restart when the configuration arrives
            assertEquals(gw.output(), 1, count(gw.output(), VOIP_ON));
            assertEquals(1, count(gw.output(), "host adapter serving"));
            assertEquals(0, gw.terminate(STOP));
        }

        try (GatewayProcess gw = GatewayProcess.start(home, "--no-shell", "--state-dir", state.toString())) {
            String line = gw.awaitLine("shipped configurations", START);
            assertTrue(line, line.contains("0 applied, " + (shipped + 3) + " unchanged, 0 deleted, 0 failed"));
            gw.awaitLine("homegw started", START);
            assertEquals(0, gw.terminate(STOP));
        }

        // a firmware update drops the driver choice: the best-ranked driver (SIP) is used again
        Files.delete(voip);
        try (GatewayProcess gw = GatewayProcess.start(home, "--no-shell", "--state-dir", state.toString())) {
            String line = gw.awaitLine("shipped configurations", START);
            assertTrue(line, line.contains("0 applied, " + (shipped + 2) + " unchanged, 1 deleted, 0 failed"));
            String voipLine = gw.awaitLine(VOIP_ON, START);
            assertTrue(voipLine, voipLine.endsWith("SipVoiceDriverComponent"));
            gw.awaitLine("homegw started", START);
            assertEquals(0, gw.terminate(STOP));
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
