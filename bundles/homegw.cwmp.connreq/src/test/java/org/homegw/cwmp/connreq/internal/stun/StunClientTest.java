package org.homegw.cwmp.connreq.internal.stun;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.homegw.cwmp.connreq.internal.Credentials;
import org.homegw.cwmp.connreq.internal.FakeSessionRequests;
import org.homegw.cwmp.connreq.internal.ManualScheduler;
import org.homegw.cwmp.connreq.internal.RateLimiter;
import org.homegw.cwmp.connreq.internal.SessionTrigger;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestReceiver;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestValidator;
import org.homegw.cwmp.connreq.internal.udp.UdpEndpoint;
import org.homegw.testkit.SettableClock;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The STUN client on a real UDP Connection Request port, against an RFC 3489 server on loopback. */
public class StunClientTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final BlockingQueue<InetSocketAddress> mappings = new LinkedBlockingQueue<>();
    private Rfc3489TestServer server;
    private UdpEndpoint endpoint;
    private StunClient client;

    @Before
    public void start() throws Exception {
        server = new Rfc3489TestServer();
        SettableClock clock = new SettableClock(Instant.EPOCH);
        endpoint = new UdpEndpoint(InetAddress.getLoopbackAddress(), 0, new UdpConnectionRequestReceiver(
                new UdpConnectionRequestValidator(clock, Duration.ZERO), () -> new Credentials("a", "b"),
                new SessionTrigger(new RateLimiter(1, Duration.ofSeconds(1), clock), new FakeSessionRequests())));
    }

    private void startClient(String username, String password) {
        client = new StunClient(new StunClient.Settings(server.address(), username, password, Duration.ofSeconds(30)),
                endpoint::send, scheduler, mappings::add, new SecureRandom());
        endpoint.setStunHandler(client::onMessage);
        client.start();
    }

    @After
    public void stop() throws Exception {
        if (client != null) {
            client.stop();
        }
        endpoint.close();
        server.close();
    }

    private InetSocketAddress nextMapping() throws InterruptedException {
        InetSocketAddress m = mappings.poll(5, TimeUnit.SECONDS);
        if (m == null) {
            throw new AssertionError("no mapped address reported");
        }
        return m;
    }

    /** Waits until the client has scheduled its keep-alive (the only pending task, with the keep-alive delay). */
    private void awaitKeepAliveScheduled() throws InterruptedException {
        for (int i = 0; i < 250; i++) {
            List<ManualScheduler.Task> pending = scheduler.pending(); // one snapshot: the UDP thread changes it
            if (pending.size() == 1 && pending.get(0).delay.equals(Duration.ofSeconds(30))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("keep-alive not scheduled: " + scheduler.pending().size() + " pending");
    }

    @Test
    public void binding_request_from_the_cr_port_carries_connection_request_binding() throws Exception {
        startClient("", "");
        Rfc3489TestServer.Received r = server.nextRequest();
        assertEquals(StunMessage.BINDING_REQUEST, r.message().type());
        assertEquals("sent from the UDP Connection Request port", endpoint.port(), r.from().getPort());
        assertEquals("dslforum.org/TR-111 ", new String(
                r.message().attribute(StunMessage.CONNECTION_REQUEST_BINDING).orElseThrow(), StandardCharsets.US_ASCII));
        assertFalse(r.has(StunMessage.BINDING_CHANGE));
        assertFalse("no integrity without STUNUsername", r.has(StunMessage.MESSAGE_INTEGRITY));
        assertEquals(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.port()), nextMapping());
        awaitKeepAliveScheduled();
    }

    @Test
    public void keep_alive_repeats_and_a_changed_mapping_is_announced_with_binding_change() throws Exception {
        InetSocketAddress first = new InetSocketAddress(InetAddress.getByName("203.0.113.7"), 40001);
        InetSocketAddress second = new InetSocketAddress(InetAddress.getByName("203.0.113.7"), 40002);
        server.reportMapping(first);
        startClient("", "");
        server.nextRequest();
        assertEquals(first, nextMapping());
        awaitKeepAliveScheduled();

        scheduler.runNext(); // keep-alive period elapsed: same mapping, no change announced
        assertFalse(server.nextRequest().has(StunMessage.BINDING_CHANGE));
        awaitKeepAliveScheduled();
        assertTrue(mappings.isEmpty());

        server.reportMapping(second);
        scheduler.runNext();
        assertFalse(server.nextRequest().has(StunMessage.BINDING_CHANGE));
        assertEquals(second, nextMapping());
        Rfc3489TestServer.Received announce = server.nextRequest();
        assertTrue("sent at once, not after the keep-alive period", announce.has(StunMessage.BINDING_CHANGE));
        awaitKeepAliveScheduled();
        scheduler.runNext();
        assertFalse("announced once", server.nextRequest().has(StunMessage.BINDING_CHANGE));
    }

    @Test
    public void answers_a_401_with_username_and_message_integrity() throws Exception {
        server.requireIntegrity("cpe-0001", "stunpw");
        startClient("cpe-0001", "stunpw");
        assertFalse(server.nextRequest().has(StunMessage.MESSAGE_INTEGRITY));
        Rfc3489TestServer.Received signed = server.nextRequest();
        assertTrue(signed.has(StunMessage.MESSAGE_INTEGRITY));
        assertTrue(signed.has(StunMessage.USERNAME));
        assertTrue(StunMessage.verifyIntegrity(signed.bytes(), signed.bytes().length,
                "stunpw".getBytes(StandardCharsets.UTF_8)));
        nextMapping();
        awaitKeepAliveScheduled();
        scheduler.runNext();
        assertTrue("integrity kept for later requests", server.nextRequest().has(StunMessage.MESSAGE_INTEGRITY));
    }

    @Test
    public void wrong_stun_password_gives_no_mapping() throws Exception {
        server.requireIntegrity("cpe-0001", "stunpw");
        startClient("cpe-0001", "wrong");
        server.nextRequest();
        server.nextRequest();
        awaitKeepAliveScheduled();
        assertTrue(mappings.isEmpty());
    }

    @Test
    public void retransmits_with_rfc3489_timing_until_answered() throws Exception {
        server.dropFirst(2);
        startClient("", "");
        Rfc3489TestServer.Received original = server.nextRequest();
        assertEquals(Duration.ofMillis(100), scheduler.pending().get(0).delay);
        scheduler.runNext();
        Rfc3489TestServer.Received copy = server.nextRequest();
        assertEquals("retransmission keeps the transaction id", StunMessage.decode(original.bytes(),
                original.bytes().length).transactionId()[3], copy.message().transactionId()[3]);
        assertEquals(Duration.ofMillis(200), scheduler.pending().get(0).delay);
        scheduler.runNext();
        server.nextRequest();
        nextMapping();
        awaitKeepAliveScheduled();
    }

    @Test
    public void gives_up_after_nine_requests_and_tries_again_after_the_keep_alive_period() throws Exception {
        server.dropFirst(100);
        startClient("", "");
        long[] expected = {100, 200, 400, 800, 1600, 1600, 1600, 1600, 1600};
        for (long delay : expected) {
            server.nextRequest();
            assertEquals(Duration.ofMillis(delay), scheduler.pending().get(0).delay);
            scheduler.runNext();
        }
        assertEquals(Duration.ofSeconds(30), scheduler.pending().get(0).delay);
        assertEquals(0, server.queued());
    }

    @Test
    public void keep_alive_period_respects_minimum_and_maximum() {
        assertEquals(Duration.ofSeconds(30), StunClient.Settings.keepAlive(Duration.ofSeconds(30), 0, -1));
        assertEquals(Duration.ofSeconds(20), StunClient.Settings.keepAlive(Duration.ofSeconds(30), 10, 20));
        assertEquals(Duration.ofSeconds(60), StunClient.Settings.keepAlive(Duration.ofSeconds(30), 60, -1));
        assertEquals("minimum wins over a smaller maximum", Duration.ofSeconds(60),
                StunClient.Settings.keepAlive(Duration.ofSeconds(30), 60, 20));
    }
}
