package org.homegw.cwmp.connreq.internal.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.homegw.cwmp.connreq.internal.Credentials;
import org.homegw.cwmp.connreq.internal.FakeSessionRequests;
import org.homegw.cwmp.connreq.internal.RateLimiter;
import org.homegw.cwmp.connreq.internal.SessionTrigger;
import org.homegw.cwmp.connreq.internal.LeakedThreads;
import org.homegw.testkit.SettableClock;
import org.junit.After;
import org.junit.Test;

/** Floods the listener over loopback with valid and invalid requests; checks bounds, not speed. */
public class HttpConnectionRequestFloodTest {

    private static final String PATH = "/flood";
    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final FakeSessionRequests sessions = new FakeSessionRequests();
    private HttpConnectionRequestServer server;
    private ExecutorService clients;

    @After
    public void stop() throws Exception {
        if (clients != null) {
            clients.shutdownNow();
            clients.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.close();
        }
        LeakedThreads.assertNone();
    }

    private void start(Duration readTimeout) throws IOException {
        SessionTrigger trigger = new SessionTrigger(new RateLimiter(1, Duration.ofSeconds(30), clock), sessions);
        server = new HttpConnectionRequestServer(HttpConnectionRequestServer.Settings
                .defaults(InetAddress.getLoopbackAddress(), 0, PATH.substring(1)).withWorkers(4, readTimeout),
                () -> new Credentials("acs", "pw"), trigger, clock);
    }

    @Test
    public void flood_of_valid_and_invalid_requests_starts_at_most_the_budget_and_stays_responsive()
            throws Exception {
        start(Duration.ofSeconds(2));
        clients = Executors.newFixedThreadPool(4);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(clients.submit(() -> {
                for (int i = 0; i < 600; i++) {
                    try {
                        int status = switch ((i + thread) % 5) {
                            case 0 -> validRequest("pw");
                            case 1 -> validRequest("wrong");
                            case 2 -> DigestTestClient.send(server.port(), "GET", PATH, null).status();
                            case 3 -> DigestTestClient.send(server.port(), "GET", "/nope", null).status();
                            default -> DigestTestClient.sendRaw(server.port(), "\u0001\u0002garbage\r\n\r\n").status();
                        };
                        (status == 200 ? ok : refused).incrementAndGet();
                    } catch (IOException e) {
                        refused.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        assertEquals("2400 requests answered or refused", 2400, ok.get() + refused.get());
        assertEquals("one 200 in the window", 1, ok.get());
        assertTrue(sessions.awaitCalls(1));
        Thread.sleep(200);
        assertEquals("one session for the whole flood", 1, sessions.calls.size());
        assertTrue("nonce table stays bounded: " + server.nonceCount(), server.nonceCount() <= 512);

        // still responsive: a valid request is answered at once, 503 within the window, 200 after it
        assertEquals(503, validRequest("pw"));
        clock.advance(Duration.ofSeconds(31));
        assertEquals(200, validRequest("pw"));
        assertTrue(sessions.awaitCalls(1));
    }

    @Test
    public void idle_connections_cannot_hold_the_workers_beyond_the_read_timeout() throws Exception {
        start(Duration.ofMillis(300));
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                idle.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
            }
            Thread.sleep(200);
            assertTrue("workers and queue full: excess connections refused", server.overloadedCount() > 0);
            // the idle connections time out in turn (4 workers x 0.3 s per 4 queued); poll until served
            int status = 0;
            for (int attempt = 0; attempt < 50 && status != 200; attempt++) {
                Thread.sleep(100);
                status = validRequest("pw");
            }
            assertEquals(200, status);
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
    }

    @Test
    public void a_peer_holding_half_the_workers_is_refused_while_another_peer_is_served() throws Exception {
        start(Duration.ofSeconds(5));
        InetAddress other = InetAddress.getByName("127.0.0.2");
        List<Socket> idle = new ArrayList<>();
        try {
            idle.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
            idle.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
            Thread.sleep(100);
            assertEquals("third connection of a peer holding 2 of 4 workers", 503,
                    DigestTestClient.sendRaw(server.port(), "GET " + PATH + " HTTP/1.1\r\n\r\n").status());
            String head = "GET " + PATH + " HTTP/1.1\r\nConnection: close\r\n\r\n";
            DigestTestClient.Response challenge = DigestTestClient.sendRaw(other, server.port(), head);
            assertEquals(401, challenge.status());
            String auth = DigestTestClient.authorization(challenge.challenge("SHA-256"), "acs", "pw", "GET", PATH, 1,
                    "cn");
            assertEquals("the ACS at another address is served at once", 200, DigestTestClient.sendRaw(other,
                    server.port(), "GET " + PATH + " HTTP/1.1\r\nAuthorization: " + auth + "\r\n\r\n").status());
            assertTrue(sessions.awaitCalls(1));
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
    }

    private int validRequest(String password) throws IOException {
        DigestTestClient.Response challenge = DigestTestClient.send(server.port(), "GET", PATH, null);
        if (challenge.status() != 401) {
            return challenge.status();
        }
        Map<String, String> c = challenge.challenge("SHA-256");
        return DigestTestClient.send(server.port(), "GET", PATH,
                DigestTestClient.authorization(c, "acs", password, "GET", PATH, 1, "cn")).status();
    }
}
