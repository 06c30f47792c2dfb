package org.homegw.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Hot deployment through {@code deploy/} and the in-process restarts (reboot, factory reset),
 * on a running distribution.
 */
public class HotDeployIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private Path home;
    private Path state;
    private GatewayProcess gw;

    @Before
    public void startGateway() throws Exception {
        home = GatewayProcess.copyDistribution(tmp.getRoot().toPath());
        state = tmp.getRoot().toPath().resolve("state");
        gw = GatewayProcess.start(home, "--no-shell", "--state-dir", state.toString());
        gw.awaitLine("homegw started", WAIT);
    }

    @After
    public void stopGateway() throws Exception {
        gw.close();
    }

    @Test
    public void bundle_copied_into_deploy_starts_and_is_uninstalled_when_deleted() throws Exception {
        Path jar = home.resolve("deploy/hotdeploy-test.jar");
        TestBundles.writeEmpty(jar, "org.homegw.test.hotdeploy");
        gw.awaitLine("bundle org.homegw.test.hotdeploy 1.0.0", WAIT);
        gw.awaitLine(l -> l.contains("bundle org.homegw.test.hotdeploy 1.0.0") && l.endsWith("STARTED"), 1, WAIT);

        Files.delete(jar);
        gw.awaitLine(l -> l.contains("bundle org.homegw.test.hotdeploy 1.0.0") && l.endsWith("UNINSTALLED"), 1, WAIT);
        assertFalse("no restart happened", gw.output().contains("restarting the framework"));
        assertEquals(0, gw.terminate(WAIT));
    }

    @Test
    public void reboot_restarts_the_framework_in_the_same_process_and_keeps_state() throws Exception {
        Files.writeString(state.resolve("kept-by-reboot"), "x");
        Path marker = tmp.getRoot().toPath().resolve("reboot-done");
        TestBundles.writeAction(home.resolve("deploy/reboot-test.jar"), "org.homegw.test.reboot", "reboot", marker);

        gw.awaitLine("restarting the framework for a reboot", WAIT);
        gw.awaitLine(l -> l.contains("homegw started"), 2, WAIT);
        assertTrue(Files.exists(state.resolve("kept-by-reboot")));
        assertFalse("the request is consumed", Files.exists(state.resolve("restart-request")));
        assertEquals(0, gw.terminate(WAIT));
    }

    @Test
    public void factory_reset_wipes_state_but_keeps_serial_number_and_logs() throws Exception {
        String serial = Files.readString(state.resolve("serial-number"));
        Files.writeString(state.resolve("wiped-by-reset"), "x");
        Path marker = tmp.getRoot().toPath().resolve("reset-done");
        TestBundles.writeAction(home.resolve("deploy/reset-test.jar"), "org.homegw.test.reset", "factory-reset", marker);

        gw.awaitLine("factory reset: wiping", WAIT);
        gw.awaitLine(l -> l.contains("homegw started"), 2, WAIT);
        assertFalse(Files.exists(state.resolve("wiped-by-reset")));
        assertEquals(serial, Files.readString(state.resolve("serial-number")));
        assertTrue(Files.readString(state.resolve("log/homegw.log")).contains("factory reset: wiping"));
        assertEquals(0, gw.terminate(WAIT));
    }
}
