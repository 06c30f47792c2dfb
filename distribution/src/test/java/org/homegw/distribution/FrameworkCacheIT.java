package org.homegw.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The framework cache kept between starts: used while bundles/ is unchanged, rebuilt when it
 * changed (a firmware update), and never a reason for a start to fail.
 */
public class FrameworkCacheIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern STARTED = Pattern.compile("homegw started: (\\d+) bundles, (\\d+) active");
    private static final String USED = "framework cache of an earlier start used";
    private static final String BUILT = "framework cache built";

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private Path home;
    private Path state;

    @Before
    public void copyDistribution() throws Exception {
        home = GatewayProcess.copyDistribution(tmp.getRoot().toPath());
        state = tmp.getRoot().toPath().resolve("state");
    }

    @Test
    public void second_start_uses_the_cache_of_the_first_with_every_bundle_active() throws Exception {
        String first = startAndStop();
        assertTrue(first, first.contains(BUILT));
        String second = startAndStop();
        int shipped = bundleCount(first) - 1; // all but the system bundle
        assertTrue(second, second.contains(USED + ": " + shipped + " bundles found installed, 0 installed, 0 other(s) uninstalled"));
        assertEquals(shipped + 1, bundleCount(second));
    }

    @Test
    public void changed_bundles_folder_rebuilds_the_cache_and_the_new_bundle_runs() throws Exception {
        int before = bundleCount(startAndStop());
        // a firmware update: one more bundle in bundles/2
        TestBundles.writeEmpty(home.resolve("bundles/2/org.homegw.test.update-1.0.0.jar"), "org.homegw.test.update", "1.0.0");
        String updated = startAndStop();
        assertTrue(updated, updated.contains(BUILT));
        assertEquals(before + 1, bundleCount(updated));
        assertTrue(updated, updated.contains("bundle org.homegw.test.update 1.0.0"));
    }

    @Test
    public void damaged_cache_never_stops_a_start() throws Exception {
        int before = bundleCount(startAndStop());
        // what a power cut while Felix writes its bundle records could leave
        try (Stream<Path> infos = Files.walk(state.resolve("felix-cache"))) {
            for (Path info : infos.filter(p -> p.getFileName().toString().equals("bundle.info")).toList()) {
                Files.writeString(info, "");
            }
        }
        assertEquals(before, bundleCount(startAndStop()));
        // and a damaged installation record
        Files.write(state.resolve("felix-cache.bundles"), new byte[] {(byte) 0xff, 0, 1});
        String out = startAndStop();
        assertTrue(out, out.contains(BUILT));
        assertEquals(before, bundleCount(out));
    }

    @Test
    public void framework_with_a_deployed_bundle_starts_clean_as_before_with_the_same_bundle_ids() throws Exception {
        TestBundles.writeEmpty(home.resolve("deploy/deployed-test.jar"), "org.homegw.test.deployed", "1.0.0");
        String first = startAndStop("bundle org.homegw.test.deployed 1.0.0");
        assertTrue(first, first.contains("deployed-test.jar installed: the next start rebuilds the framework cache"));
        String second = startAndStop("bundle org.homegw.test.deployed 1.0.0");
        assertTrue(second, second.contains(BUILT));
        assertEquals("same bundle id as at the first start", deployedId(first), deployedId(second));

        // once deploy/ is empty again, the cache is used again
        Files.delete(home.resolve("deploy/deployed-test.jar"));
        startAndStop();
        String fourth = startAndStop();
        assertTrue(fourth, fourth.contains(USED));
    }

    private static String deployedId(String output) {
        Matcher m = Pattern.compile("bundle org\\.homegw\\.test\\.deployed 1\\.0\\.0 \\[(\\d+)\\] STARTED").matcher(output);
        assertTrue(output, m.find());
        return m.group(1);
    }

    private String startAndStop(String... alsoAwait) throws IOException, InterruptedException {
        try (GatewayProcess gw = GatewayProcess.start(home, "--no-shell", "--state-dir", state.toString())) {
            gw.awaitLine("homegw started", WAIT);
            for (String line : alsoAwait) {
                gw.awaitLine(l -> l.contains(line) && l.endsWith("STARTED"), 1, WAIT);
            }
            assertEquals(gw.output(), 0, gw.terminate(WAIT));
            return gw.output();
        }
    }

    /** The bundle count of the "homegw started" line, asserting that every bundle is active. */
    private static int bundleCount(String output) {
        List<String> lines = output.lines().filter(l -> l.contains("homegw started")).toList();
        assertEquals(output, 1, lines.size());
        Matcher m = STARTED.matcher(lines.get(0));
        assertTrue(lines.get(0), m.find());
        assertEquals("every bundle active: " + lines.get(0), m.group(1), m.group(2));
        return Integer.parseInt(m.group(1));
    }
}
