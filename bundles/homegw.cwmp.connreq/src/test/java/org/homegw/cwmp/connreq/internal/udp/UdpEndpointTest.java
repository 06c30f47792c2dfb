package org.homegw.cwmp.connreq.internal.udp;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.homegw.cwmp.connreq.internal.Credentials;
import org.homegw.cwmp.connreq.internal.FakeSessionRequests;
import org.homegw.cwmp.connreq.internal.RateLimiter;
import org.homegw.cwmp.connreq.internal.SessionTrigger;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestValidator.Drop;
import org.homegw.cwmp.connreq.internal.LeakedThreads;
import org.homegw.testkit.SettableClock;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class UdpEndpointTest {

    private final SettableClock clock = new SettableClock(Instant.ofEpochSecond(1_700_000_000L));
    private final FakeSessionRequests sessions = new FakeSessionRequests();
    private final AtomicReference<Credentials> creds = new AtomicReference<>(new Credentials("acs", "pw"));
    private UdpConnectionRequestReceiver receiver;
    private UdpEndpoint endpoint;
    private DatagramSocket acs;

    @Before
    public void start() throws Exception {
        SessionTrigger trigger = new SessionTrigger(new RateLimiter(2, Duration.ofSeconds(60), clock), sessions);
        receiver = new UdpConnectionRequestReceiver(new UdpConnectionRequestValidator(clock, Duration.ofHours(1)),
                creds::get, trigger);
        endpoint = new UdpEndpoint(InetAddress.getLoopbackAddress(), 0, receiver);
        acs = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    }

    @After
    public void stop() throws Exception {
        endpoint.close();
        acs.close();
        LeakedThreads.assertNone();
    }

    private void send(String text) throws Exception {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        acs.send(new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), endpoint.port()));
    }

    /** Builds the datagram the way GenieACS does (sig over ts, id, un, cn). */
    static String datagram(long ts, long id, String un, String cn, String password, int port) {
        String sig = UdpConnectionRequestValidator.sign(password, Long.toString(ts) + id + un + cn);
        return "GET http://127.0.0.1:" + port + "?ts=" + ts + "&id=" + id + "&un=" + un + "&cn=" + cn + "&sig=" + sig
                + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n";
    }

    private void awaitHandled(long total) throws InterruptedException {
        for (int i = 0; i < 100 && handled() < total; i++) {
            Thread.sleep(20);
        }
        assertEquals(total, handled());
    }

    private long handled() {
        long n = receiver.acceptedCount();
        for (Drop d : Drop.values()) {
            n += receiver.droppedCount(d);
        }
        return n;
    }

    @Test
    public void three_copies_of_one_request_start_one_session() throws Exception {
        String d = datagram(1_700_000_000L, 42, "acs", "Kq3x", "pw", endpoint.port());
        send(d);
        send(d);
        send(d);
        awaitHandled(3);
        assertTrue(sessions.awaitCalls(1));
        assertEquals(1, sessions.calls.size());
        assertEquals(2, receiver.droppedCount(Drop.DUPLICATE_ID));
    }

    @Test
    public void invalid_datagrams_are_dropped_silently_and_counted() throws Exception {
        send(datagram(1_700_000_000L, 1, "acs", "c", "wrong", endpoint.port()));
        send(datagram(1_700_000_000L, 2, "eve", "c", "pw", endpoint.port()));
        send("hello");
        awaitHandled(3);
        assertEquals(1, receiver.droppedCount(Drop.BAD_SIGNATURE));
        assertEquals(1, receiver.droppedCount(Drop.WRONG_USERNAME));
        assertEquals(1, receiver.droppedCount(Drop.MALFORMED));
        acs.setSoTimeout(200);
        try {
            acs.receive(new DatagramPacket(new byte[100], 100));
            throw new AssertionError("the CPE must not answer UDP Connection Requests");
        } catch (java.net.SocketTimeoutException expected) {
            assertTrue(sessions.calls.isEmpty());
        }
    }

    @Test
    public void the_shared_rate_budget_applies_to_udp() throws Exception {
        for (int id = 1; id <= 5; id++) {
            send(datagram(1_700_000_000L, id, "acs", "c" + id, "pw", endpoint.port()));
        }
        awaitHandled(5);
        assertEquals(2, receiver.acceptedCount());
        assertEquals(3, receiver.droppedCount(Drop.RATE_LIMITED));
        assertTrue(sessions.awaitCalls(2));
    }

    @Test
    public void a_flood_of_datagrams_starts_at_most_the_budget_and_the_port_keeps_working() throws Exception {
        for (int i = 0; i < 3000; i++) {
            long id = 100 + i;
            send(i % 3 == 0 ? datagram(1_700_000_000L, id, "acs", "c", "pw", endpoint.port())
                    : i % 3 == 1 ? datagram(1_700_000_000L, id, "acs", "c", "bad", endpoint.port()) : "junk " + i);
        }
        // the kernel may drop some datagrams under the flood; wait until the receiver has drained what arrived
        long seen = -1;
        while (seen != handled()) {
            seen = handled();
            Thread.sleep(100);
        }
        assertEquals(2, receiver.acceptedCount());
        assertTrue(sessions.awaitCalls(2));
        Thread.sleep(100);
        assertEquals(2, sessions.calls.size());
        clock.advance(Duration.ofSeconds(61));
        send(datagram(1_700_000_000L, 99_999, "acs", "c", "pw", endpoint.port()));
        assertTrue("still serving after the flood", sessions.awaitCalls(1));
    }

    @Test
    public void a_password_changed_by_the_acs_applies_to_the_next_datagram() throws Exception {
        creds.set(new Credentials("acs", "n3w"));
        send(datagram(1_700_000_000L, 1, "acs", "c", "pw", endpoint.port()));
        send(datagram(1_700_000_000L, 2, "acs", "c", "n3w", endpoint.port()));
        awaitHandled(2);
        assertEquals(1, receiver.acceptedCount());
        assertEquals(1, receiver.droppedCount(Drop.BAD_SIGNATURE));
    }

    @Test
    public void a_failing_handler_is_logged_per_datagram_without_a_stack_trace_and_receiving_goes_on() throws Exception {
        // fuzz finding F4: every hostile STUN datagram used to log a WARNING with a stack trace
        Logger jul = Logger.getLogger(UdpEndpoint.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level oldLevel = jul.getLevel();
        jul.setLevel(Level.ALL);
        jul.addHandler(capture);
        try {
            endpoint.setStunHandler((data, length, from) -> {
                throw new IllegalArgumentException("hostile");
            });
            byte[] stunShaped = new byte[20];
            for (int i = 0; i < 3; i++) {
                acs.send(new DatagramPacket(stunShaped, stunShaped.length, InetAddress.getLoopbackAddress(), endpoint.port()));
            }
            for (int i = 0; i < 250 && records.size() < 3; i++) {
                Thread.sleep(20);
            }
            assertEquals(3, records.size());
            for (LogRecord r : records) {
                assertNull("no stack trace", r.getThrown());
                assertTrue(r.getMessage(), r.getMessage().contains("could not be handled"));
            }
            assertEquals(Level.WARNING, records.get(0).getLevel());
            assertEquals(Level.FINE, records.get(1).getLevel());
            assertEquals(Level.FINE, records.get(2).getLevel());
        } finally {
            jul.removeHandler(capture);
            jul.setLevel(oldLevel);
        }
    }
}
