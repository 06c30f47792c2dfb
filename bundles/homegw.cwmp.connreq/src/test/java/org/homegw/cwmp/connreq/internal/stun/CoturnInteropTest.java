package org.homegw.cwmp.connreq.internal.stun;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.homegw.cwmp.connreq.internal.Credentials;
import org.homegw.cwmp.connreq.internal.ExecutorScheduler;
import org.homegw.cwmp.connreq.internal.FakeSessionRequests;
import org.homegw.cwmp.connreq.internal.RateLimiter;
import org.homegw.cwmp.connreq.internal.SessionTrigger;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestReceiver;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestValidator;
import org.homegw.cwmp.connreq.internal.udp.UdpEndpoint;
import org.homegw.testkit.SettableClock;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Interop with a real STUN server: Debian's coturn (turnserver), run on 127.0.0.1 in STUN-only mode.
 * Skipped when turnserver is not installed; the RFC 3489 test server covers the rules either way.
 */
public class CoturnInteropTest {

    private static final Path TURNSERVER = Path.of("/usr/bin/turnserver");

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Process coturn;
    private UdpEndpoint endpoint;
    private StunClient client;
    private ExecutorScheduler scheduler;

    @After
    public void stop() throws Exception {
        if (client != null) {
            client.stop();
        }
        if (scheduler != null) {
            scheduler.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
        if (coturn != null) {
            coturn.destroy();
            if (!coturn.waitFor(5, TimeUnit.SECONDS)) {
                coturn.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    public void coturn_answers_our_classic_binding_request_with_the_mapped_address() throws Exception {
        assumeTrue("coturn not installed", Files.isExecutable(TURNSERVER));
        int port;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        File log = tmp.newFile("coturn.log");
        coturn = new ProcessBuilder(TURNSERVER.toString(), "-n", "--listening-ip=127.0.0.1",
                "--listening-port=" + port, "--stun-only", "--no-cli", "--no-tls", "--no-dtls",
                "--log-file=stdout", "--simple-log", "--pidfile=" + tmp.getRoot() + "/coturn.pid",
                "--userdb=" + tmp.getRoot() + "/turndb")
                .redirectErrorStream(true).redirectOutput(log).start();
        // "only if it starts quickly": a coturn that does not answer within 20 s skips the test, it does not fail it
        assumeTrue("coturn did not answer on port " + port + " within 20 s", answers(port, Duration.ofSeconds(20)));

        SettableClock clock = new SettableClock(Instant.EPOCH);
        endpoint = new UdpEndpoint(InetAddress.getLoopbackAddress(), 0, new UdpConnectionRequestReceiver(
                new UdpConnectionRequestValidator(clock, Duration.ZERO), () -> new Credentials("a", "b"),
                new SessionTrigger(new RateLimiter(1, Duration.ofSeconds(1), clock), new FakeSessionRequests())));
        BlockingQueue<InetSocketAddress> mappings = new LinkedBlockingQueue<>();
        scheduler = new ExecutorScheduler("homegw-connreq-test-timer");
        client = new StunClient(new StunClient.Settings(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                "", "", Duration.ofSeconds(30)), endpoint::send, scheduler, mappings::add, new SecureRandom());
        endpoint.setStunHandler(client::onMessage);
        client.start();
        InetSocketAddress mapped = mappings.poll(10, TimeUnit.SECONDS);
        assertEquals(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.port()), mapped);
    }

    /** Probes with plain Binding Requests until coturn answers or the time is up. */
    private static boolean answers(int port, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        byte[] request = new StunMessage(StunMessage.BINDING_REQUEST, new byte[16], java.util.List.of()).encode(null);
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            probe.setSoTimeout(200);
            while (System.nanoTime() < deadline) {
                probe.send(new java.net.DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), port));
                try {
                    probe.receive(new java.net.DatagramPacket(new byte[1500], 1500));
                    return true;
                } catch (java.net.SocketTimeoutException e) {
                    // not up yet
                }
            }
        }
        return false;
    }
}
