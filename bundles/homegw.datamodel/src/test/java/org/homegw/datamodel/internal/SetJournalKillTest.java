package org.homegw.datamodel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.homegw.datamodel.api.ParameterValue;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * kill -9 at random moments of SetParameterValues that span the registry's store and two providers
 * persisting their own files (a forked {@link SetWriterMain}); after every kill a new registry is
 * assembled over the same state directory and every value plus the ParameterKey must be of one
 * generation, never older than the last one seen. Rounds: system property homegw.crash.rounds
 * (default 30).
 */
public class SetJournalKillTest {

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
    public void values_and_parameter_key_are_one_generation_after_every_kill_9() throws Exception {
        int rounds = Integer.getInteger("homegw.crash.rounds", 30);
        Path stateDir = tmp.newFolder("var").toPath();
        Random random = new Random(7);
        long last = 0;
        int advanced = 0;
        int journaled = 0;
        for (int round = 0; round < rounds; round++) {
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    SetWriterMain.class.getName(), stateDir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine(); // log lines of the roll-forward come first
            } while (line != null && !line.equals("ready"));
            assertEquals("ready", line);
            Thread.sleep(20 + random.nextInt(200));
            process.destroyForcibly();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
            process = null;

            if (Files.exists(stateDir.resolve(RegistryAssembly.JOURNAL_FILE))) {
                journaled++;
            }
            long generation = checkWhole(stateDir, round);
            assertTrue("state went back from " + last + " to " + generation, generation >= last);
            if (generation > last) {
                advanced++;
            }
            last = generation;
        }
        System.out.printf("set journal kill test: %d kills, %d left a journal to roll forward, last generation %d%n",
                rounds, journaled, last);
        assertTrue("the writer never got a set done", advanced > 0);
        assertFalse("a journal was set aside as corrupt",
                Files.exists(stateDir.resolve(RegistryAssembly.JOURNAL_FILE + ".corrupt")));
    }

    /** Boots a registry over the state and checks every value and the key hold one generation; answers it. */
    private static long checkWhole(Path stateDir, int round) throws Exception {
        RegistryAssembly.Assembled boot = SetWriterMain.boot(stateDir);
        String key = boot.registry().getValue("Device.ManagementServer.ParameterKey").value().value();
        List<String> actual = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        long generation = key.isEmpty() ? 0 : Long.parseLong(key.substring(1));
        List<ParameterValue> wanted = generation == 0 ? Fixture.pvs(SetJournalCrashTest.INTERVAL, "3600",
                SetJournalCrashTest.TEXT, "ab", SetJournalCrashTest.LONG, "0", SetJournalCrashTest.DESCRIPTION, "old")
                : SetWriterMain.generation(generation);
        for (ParameterValue v : wanted) {
            expected.add(v.path() + "=" + v.value());
            actual.add(v.path() + "=" + boot.registry().getValue(v.path()).value().value());
        }
        assertEquals("round " + round + ", ParameterKey " + key, expected, actual);
        assertFalse("journal left after the roll-forward", Files.exists(stateDir.resolve(RegistryAssembly.JOURNAL_FILE)));
        boot.registry().close();
        return generation;
    }
}
