package org.homegw.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** bin/homegw's class-data archive in {@code <state>/cds}: written, adopted, and rebuilt after a firmware update. */
public class ClassArchiveIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern WRITTEN = Pattern.compile("homegw-(\\d+)\\.jsa\\.new");
    private static final Pattern ADOPTED = Pattern.compile("homegw-(\\d+)-(\\d+)\\.jsa");

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void archive_is_written_at_exit_adopted_next_time_and_rebuilt_when_bundles_change() throws Exception {
        Path home = GatewayProcess.copyDistribution(tmp.getRoot().toPath());
        Path state = tmp.getRoot().toPath().resolve("state");

        startAndStop(home, state);
        Matcher written = only(state, WRITTEN);
        startAndStop(home, state);
        Matcher adopted = only(state, ADOPTED);
        assertEquals("the archive of the first start is used", written.group(1), adopted.group(1));
        assertEquals("named with its size", Long.parseLong(adopted.group(2)),
                Files.size(state.resolve("cds").resolve(adopted.group())));

        // a firmware update that changes only bundles/: the archived bundle classes are stale
        TestBundles.writeEmpty(home.resolve("bundles/2/org.homegw.test.update-1.0.0.jar"), "org.homegw.test.update", "1.0.0");
        startAndStop(home, state);
        Matcher rebuilt = only(state, WRITTEN);
        assertNotEquals("a new archive for the new bundles, the old one deleted", adopted.group(1), rebuilt.group(1));
    }

    private static void startAndStop(Path home, Path state) throws IOException, InterruptedException {
        try (GatewayProcess gw = GatewayProcess.start(home, "--no-shell", "--state-dir", state.toString())) {
            gw.awaitLine("homegw started", WAIT);
            assertEquals(gw.output(), 0, gw.terminate(WAIT));
        }
    }

    /** The one file of {@code <state>/cds}, which must match {@code name}. */
    private static Matcher only(Path state, Pattern name) throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(state.resolve("cds"))) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(files.toString(), 1, files.size());
        Matcher m = name.matcher(files.get(0));
        assertTrue(files.get(0) + " is not " + name, m.matches());
        return m;
    }
}
