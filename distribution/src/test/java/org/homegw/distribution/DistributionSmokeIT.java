package org.homegw.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Starts the assembled distribution the way a user does: {@code bin/homegw --no-shell --state-dir DIR}. */
public class DistributionSmokeIT {

    /** Generous: CI machines are shared. The measured time is printed, not asserted. */
    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration STOP = Duration.ofSeconds(30);
    private static final Pattern STARTED = Pattern.compile("homegw started: (\\d+) bundles, (\\d+) active");

    @ClassRule
    public static final TemporaryFolder DIST = new TemporaryFolder();

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private static Path home;

    @BeforeClass
    public static void copyDistribution() throws Exception {
        home = GatewayProcess.copyDistribution(DIST.getRoot().toPath());
    }

    @Test
    public void starts_all_bundles_and_stops_cleanly_on_sigterm() throws Exception {
        Path state = tmp.getRoot().toPath().resolve("state");
        long t0 = System.nanoTime();
        try (GatewayProcess gw = GatewayProcess.start(home, "--no-shell", "--state-dir", state.toString(),
                "--cr-port", Integer.toString(GatewayProcess.freePort()))) {
            String line = gw.awaitLine("homegw started", START);
            System.out.printf("[DistributionSmokeIT] up after %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000, line);
            Matcher m = STARTED.matcher(line);
            assertTrue(line, m.find());
            assertEquals("every bundle active: " + line, m.group(1), m.group(2));

            assertEquals("exit code after SIGTERM", 0, gw.terminate(STOP));
            assertTrue(gw.output(), gw.output().contains("homegw stopped"));
        }
        assertTrue("serial number generated", Files.readString(state.resolve("serial-number")).trim().matches("[0-9A-F]{12}"));
        String log = Files.readString(state.resolve("log/homegw.log"));
        assertTrue("log file written", log.contains("homegw started"));
        assertTrue("framework storage in the state directory", Files.isDirectory(state.resolve("felix-cache")));
    }

    @Test
    public void keeps_the_serial_number_of_a_state_directory_across_starts() throws Exception {
        Path state = tmp.getRoot().toPath().resolve("state");
        String first = startAndStop(state);
        String second = startAndStop(state);
        assertEquals(first, second);
    }

    @Test
    public void passes_launcher_options_as_data_model_overrides() throws Exception {
        Path state = tmp.getRoot().toPath().resolve("state");
        try (GatewayProcess gw = GatewayProcess.start(home, "--no-shell", "--state-dir", state.toString(),
                "--acs-url", "http://127.0.0.1:9/acs", "--acs-password", "s3cret", "--cr-port", Integer.toString(GatewayProcess.freePort()),
                "--set", "Device.ManagementServer.PeriodicInformInterval=300")) {
            String line = gw.awaitLine("data-model overrides", START);
            assertTrue(line, line.contains("Device.ManagementServer.URL=http://127.0.0.1:9/acs"));
            assertTrue(line, line.contains("Device.ManagementServer.PeriodicInformInterval=300"));
            assertTrue(line, line.contains("Device.ManagementServer.Password=*****"));
            assertFalse("passwords are not logged", gw.output().contains("s3cret"));
            gw.awaitLine("homegw started", START);
            assertEquals(0, gw.terminate(STOP));
        }
    }

    @Test
    public void leaves_out_adapters_listed_as_disabled_in_device_properties() throws Exception {
        Path copy = GatewayProcess.copyDistribution(tmp.newFolder("dist").toPath());
        Path device = copy.resolve("conf/device.properties");
        Files.writeString(device, Files.readString(device).replace("adapters.disabled=", "adapters.disabled=homegw.cwmp.connreq"));
        Path state = tmp.getRoot().toPath().resolve("state");
        try (GatewayProcess gw = GatewayProcess.start(copy, "--no-shell", "--state-dir", state.toString())) {
            gw.awaitLine("not installing homegw.cwmp.connreq: listed in adapters.disabled", START);
            String line = gw.awaitLine("homegw started", START);
            Matcher m = STARTED.matcher(line);
            assertTrue(line, m.find());
            assertEquals(m.group(1), m.group(2));
            assertEquals(0, gw.terminate(STOP));
        }
    }

    @Test
    public void rejects_an_unknown_option_with_exit_code_2() throws Exception {
        try (GatewayProcess gw = GatewayProcess.start(home, "--no-shell", "--frobnicate")) {
            assertEquals(2, gw.exitCode(STOP));
            assertTrue(gw.output(), gw.output().startsWith("homegw: unknown option '--frobnicate'"));
            assertEquals("one line", 1, gw.output().lines().count());
        }
    }

    @Test
    public void rejects_a_malformed_port_with_exit_code_2() throws Exception {
        try (GatewayProcess gw = GatewayProcess.start(home, "--cr-port", "70000")) {
            assertEquals(2, gw.exitCode(STOP));
            assertTrue(gw.output(), gw.output().contains("--cr-port: '70000' is not a port number"));
        }
    }

    private String startAndStop(Path state) throws Exception {
        try (GatewayProcess gw = GatewayProcess.start(home, "--no-shell", "--state-dir", state.toString(),
                "--cr-port", Integer.toString(GatewayProcess.freePort()))) {
            gw.awaitLine("homegw started", START);
            assertEquals(0, gw.terminate(STOP));
        }
        return Files.readString(state.resolve("serial-number")).trim();
    }
}
