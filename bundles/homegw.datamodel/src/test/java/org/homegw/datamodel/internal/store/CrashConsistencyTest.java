package org.homegw.datamodel.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * kill -9 at random moments: a forked JVM rewrites the state (200 values + ParameterKey per
 * transaction) in a loop and is destroyed forcibly; after every kill the state must load and be
 * entirely one generation, never older than the last one seen. Rounds: system property
 * homegw.crash.rounds (default 30).
 */
public class CrashConsistencyTest {

    private static final int VALUES = 200;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Process process;

    @After
    public void tearDown() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    public void state_is_entirely_old_or_entirely_new_after_kill_9() throws Exception {
        int rounds = Integer.getInteger("homegw.crash.rounds", 30);
        Path file = tmp.getRoot().toPath().resolve("datamodel/state.txt");
        Random random = new Random(42);
        long lastGeneration = 0;
        int killedWithWritesDone = 0;
        for (int round = 0; round < rounds; round++) {
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    StateWriterMain.class.getName(), file.toString(), Integer.toString(VALUES))
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            Thread.sleep(5 + random.nextInt(120));
            process.destroyForcibly();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
            process = null;

            long generation = checkWhole(file);
            assertTrue("state went back from " + lastGeneration + " to " + generation, generation >= lastGeneration);
            if (generation > lastGeneration) {
                killedWithWritesDone++;
            }
            lastGeneration = generation;
        }
        assertFalse("a state file was found corrupt", Files.exists(file.resolveSibling("state.txt.corrupt")));
        assertTrue("the writer never got a transaction done", killedWithWritesDone > 0);
    }

    /** Loads the state and checks all values and the key hold one generation; answers it. */
    private static long checkWhole(Path file) {
        StateStore store = new StateStore(file);
        String key = store.parameterKey();
        Map<String, String> values = store.valuesUnder("Device.X_TEST.");
        if (key.isEmpty()) {
            assertTrue(values.isEmpty());
            return 0;
        }
        assertEquals(VALUES, values.size());
        for (Map.Entry<String, String> e : values.entrySet()) {
            assertEquals(e.getKey() + " belongs to another generation", key, e.getValue());
        }
        return Long.parseLong(key);
    }
}
