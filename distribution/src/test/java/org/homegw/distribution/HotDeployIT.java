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
        gw = GatewayProcess.start(home, "--no-shell", "--state-dir", state.toString(),
                "--cr-port", Integer.toString(GatewayProcess.freePort()));
        gw.awaitLine("homegw started", WAIT);
    }

    @After
    public void stopGateway() throws Exception {
        gw.close();
    }

    @Test
    public void bundle_copied_into_deploy_starts_is_updated_when_replaced_and_uninstalled_when_deleted() throws Exception {
        Path jar = home.resolve("deploy/hotdeploy-test.jar");
        TestBundles.writeEmpty(jar, "org.homegw.test.hotdeploy", "1.0.0");
        gw.awaitLine(l -> l.contains("bundle org.homegw.test.hotdeploy 1.0.0") && l.endsWith("STARTED"), 1, WAIT);

        TestBundles.writeEmpty(jar, "org.homegw.test.hotdeploy", "1.0.1");
        gw.awaitLine(l -> l.contains("bundle org.homegw.test.hotdeploy 1.0.1") && l.endsWith("UPDATED"), 1, WAIT);
        gw.awaitLine(l -> l.contains("bundle org.homegw.test.hotdeploy 1.0.1") && l.endsWith("STARTED"), 1, WAIT);

        Files.delete(jar);
        gw.awaitLine(l -> l.contains("bundle org.homegw.test.hotdeploy 1.0.1") && l.endsWith("UNINSTALLED"), 1, WAIT);
        assertFalse("no restart happened", gw.output().contains("restarting the framework"));
        assertEquals(0, gw.terminate(WAIT));
    }

    /** A vendor model adding Device.X_000000_Lamp.Name, as DefinitionsCompiler --additions-to writes it. */
    private static String lampDefinitions(String object) {
        return String.join("\n", "homegw-definitions\t1",
                "M\tX_000000_Lamp:2.19\turn:example-com:lamp-1-0\t0\t\tDevice:2.19",
                "S\tstring\t\\-\t\\-",
                "O\tDevice.\tr\t1\t1\t\\-\t\\-\t",
                "O\tDevice." + object + ".\tr\t1\t1\t\\-\t\\-\t",
                "P\tName\tw\t0\t\t\t",
                "END\t2\t1\t1\t0", "");
    }

    @Test
    public void definitions_carried_by_a_deployed_bundle_are_merged_and_withdrawn_with_it() throws Exception {
        Path lamp = home.resolve("deploy/lamp.jar");
        TestBundles.writeDefinitions(lamp, "org.homegw.test.lamp", "1.0.0", lampDefinitions("X_000000_Lamp"));
        gw.awaitLine(l -> l.contains("data-model definitions of org.homegw.test.lamp 1.0.0")
                && l.contains("merged: [X_000000_Lamp:2.19], 1 parameters"), 1, WAIT);
        Path standard = home.resolve("deploy/standard.jar");
        TestBundles.writeDefinitions(standard, "org.homegw.test.standard", "1.0.0", lampDefinitions("Lamp"));
        gw.awaitLine(l -> l.contains("ERROR") && l.contains("data-model definitions of org.homegw.test.standard 1.0.0")
                && l.contains("refused: Device.Lamp."), 1, WAIT);

        Files.delete(lamp);
        gw.awaitLine(l -> l.contains("data-model definitions of org.homegw.test.lamp 1.0.0") && l.endsWith("withdrawn"),
                1, WAIT);
        assertEquals(0, gw.terminate(WAIT));
    }

    @Test
    public void configuration_file_in_deploy_reaches_config_admin_and_is_deleted_with_the_file() throws Exception {
        Path cfg = home.resolve("deploy/org.homegw.test.sample.cfg");
        Path tmpFile = home.resolve("org.homegw.test.sample.cfg.part");
        Files.writeString(tmpFile, "greeting = hello\n");
        Files.move(tmpFile, cfg, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        gw.awaitLine("configuration org.homegw.test.sample UPDATED", WAIT);

        Files.delete(cfg);
        gw.awaitLine("configuration org.homegw.test.sample DELETED", WAIT);
        assertEquals(0, gw.terminate(WAIT));
    }

    @Test
    public void slf4j_logging_of_a_bundle_reaches_the_gateway_log() throws Exception {
        TestBundles.writeSlf4j(home.resolve("deploy/slf4j-test.jar"), "org.homegw.test.slf4j");
        gw.awaitLine(l -> l.contains("INFO ") && l.contains("org.homegw.test.slf4j - hello from slf4j"), 1, WAIT);
        assertEquals(0, gw.terminate(WAIT));
        assertTrue(Files.readString(state.resolve("log/homegw.log")).contains("hello from slf4j"));
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
        awaitBootReasons(marker, "start\nreboot\n");
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
        awaitBootReasons(marker, "start\nfactory-reset\n");
        assertEquals(0, gw.terminate(WAIT));
    }

    /** The test bundle records homegw.boot.reason at each start; FileInstall starts it shortly after the framework. */
    private static void awaitBootReasons(Path marker, String expected) throws Exception {
        Path file = marker.resolveSibling(marker.getFileName() + ".boot-reasons");
        long deadline = System.nanoTime() + WAIT.toNanos();
        String seen = "";
        while (System.nanoTime() < deadline) {
            seen = Files.exists(file) ? Files.readString(file) : "";
            if (seen.equals(expected)) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(expected, seen);
    }
}
