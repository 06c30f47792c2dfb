package org.homegw.transfer.internal.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.homegw.transfer.internal.apply.DualBankFirmware;
import org.homegw.transfer.internal.queue.TransferStore;
import org.homegw.transfer.internal.testing.TestFileServer;
import org.homegw.transfer.internal.testing.TransferChild;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * kill -9 of a real gateway process at random points of a firmware Download (transfer, install,
 * reboot request, reporting), then restarts until done: every run ends with exactly one successful
 * TransferComplete and the new image running, or — if the process died before accepting the RPC —
 * with none and the old image.
 */
public class KillTest {

    /** Each round starts two or three JVMs; raise with -Dhomegw.killtest.rounds=50 for a long run. */
    private static final int ROUNDS = Integer.getInteger("homegw.killtest.rounds", 5);

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private TestFileServer server;
    private final List<Process> children = new ArrayList<>();

    @Before
    public void setUp() throws Exception {
        server = TestFileServer.http();
    }

    @After
    public void tearDown() {
        children.forEach(Process::destroyForcibly);
        server.close();
    }

    private Process child(Path state, String bootId, String url) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", ""),
                "-cp", System.getProperty("java.class.path"), TransferChild.class.getName(), state.toString(), bootId));
        if (url != null) {
            cmd.add(url);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(state.resolve("child.log").toFile())
                .start();
        children.add(p);
        return p;
    }

    @Test
    public void exactly_one_transfer_complete_whenever_the_gateway_is_killed() throws Exception {
        ByteArrayOutputStream img = new ByteArrayOutputStream();
        img.writeBytes("HOMEGW-FIRMWARE 2.0\n".getBytes(StandardCharsets.US_ASCII));
        byte[] payload = new byte[3_000_000];
        new Random(5).nextBytes(payload);
        img.writeBytes(payload);
        // about one second on the wire, so kills land before, during and after the transfer
        server.file("/fw.img", img.toByteArray(), 5);
        Random random = new Random(42);
        for (int round = 0; round < ROUNDS; round++) {
            Path state = tmp.newFolder("round-" + round).toPath();
            Process first = child(state, "boot-0", server.uri("/fw.img").toString());
            // most rounds: kill at a random point after the Download was accepted (transfer ~1 s, then
            // install); every fourth round: at a random point of the start, maybe before accepting it
            long killAfter = random.nextInt(round % 4 == 0 ? 800 : 1500);
            if (round % 4 != 0) {
                for (int i = 0; i < 1000 && !Files.exists(state.resolve("accepted")) && first.isAlive(); i++) {
                    Thread.sleep(10);
                }
            }
            if (!first.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
                first.destroyForcibly().waitFor();
            }
            String killedIn = TransferStore.open(state.resolve("transfer/transfers.properties")).all().stream()
                    .map(r -> r.state().name()).findFirst().orElse("no transfer");
            int boot = 1;
            for (int exit = -1; exit != 0; boot++) {
                assertTrue("round " + round + " did not settle: " + Files.readString(state.resolve("child.log")), boot < 6);
                Process p = child(state, "boot-" + boot, null);
                assertTrue(p.waitFor(60, TimeUnit.SECONDS));
                exit = p.exitValue();
                assertTrue("round " + round + " exit " + exit + ": " + Files.readString(state.resolve("child.log")),
                        exit == 0 || exit == 3);
            }
            boolean accepted = Files.exists(state.resolve("accepted"));
            List<String> tcs = Files.exists(state.resolve("tc.log")) ? Files.readAllLines(state.resolve("tc.log")) : List.of();
            String version = new DualBankFirmware(state.resolve("firmware"), 3, "1.0").runningVersion();
            String what = "round " + round + " (killed in " + killedIn + ", accepted=" + accepted + ")";
            if (accepted) {
                assertEquals(what, List.of("fw 0"), tcs);
                assertEquals(what, "2.0", version);
            } else {
                assertTrue(what + ": " + tcs, tcs.isEmpty() || tcs.equals(List.of("fw 0")));
            }
            System.out.println("[KillTest] " + what + " -> " + tcs + ", running " + version + ", boots " + (boot - 1));
        }
    }
}
