package org.homegw.cwmp.connreq.internal.http;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.api.SessionRequests;
import org.homegw.cwmp.connreq.internal.Credentials;
import org.homegw.cwmp.connreq.internal.RateLimiter;
import org.homegw.cwmp.connreq.internal.SessionTrigger;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestReceiver;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestValidator;
import org.homegw.cwmp.connreq.internal.udp.UdpEndpoint;

/**
 * Benchmark harness (not a unit test): Connection Request → requestSession latency, HTTP and UDP,
 * p50/p99 over 1,000 requests each, and flood absorption (requests/s, heap and RSS before/after).
 * Everything runs on loopback in one JVM. Run from the repository root:
 * <pre>
 * mvn -B -o -q -pl bundles/homegw.cwmp.connreq -am test-compile
 * M=bundles/homegw.cwmp.connreq; java -Xmx256m \
 *   -Djava.util.logging.config.file=$M/src/test/resources/logging.properties \
 *   -cp $M/target/classes:$M/target/test-classes:bundles/homegw.cwmp.api/target/classes:bundles/homegw.datamodel.api/target/classes \
 *   org.homegw.cwmp.connreq.internal.http.ConnectionRequestBenchmark [requests=1000] [floodRequests=20000]
 * </pre>
 */
public final class ConnectionRequestBenchmark {

    /** Hands each requestSession time stamp to the measuring thread. */
    private static final class TimedSessions implements SessionRequests {
        final SynchronousQueue<Long> calls = new SynchronousQueue<>();
        final AtomicInteger count = new AtomicInteger();
        volatile boolean record = true;

        @Override
        public void requestSession(CwmpEvent... events) {
            long now = System.nanoTime();
            count.incrementAndGet();
            if (record) {
                try {
                    calls.offer(now, 5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private ConnectionRequestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int flood = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Credentials creds = new Credentials("acs", "pw");
        System.out.printf("%-44s %10s %10s %10s%n", "measure", "p50 (ms)", "p99 (ms)", "max (ms)");
        httpLatency(requests, creds);
        udpLatency(requests, creds);
        flood(flood, creds);
        udpFlood(flood * 5, creds);
    }

    private static void udpFlood(int total, Credentials creds) throws Exception {
        TimedSessions sessions = new TimedSessions();
        sessions.record = false;
        SessionTrigger trigger = new SessionTrigger(new RateLimiter(1, Duration.ofSeconds(30), Clock.systemUTC()),
                sessions);
        UdpConnectionRequestReceiver receiver = new UdpConnectionRequestReceiver(
                new UdpConnectionRequestValidator(Clock.systemUTC(), Duration.ofHours(1)), () -> creds, trigger);
        long heapBefore = usedHeapAfterGc();
        try (UdpEndpoint endpoint = new UdpEndpoint(InetAddress.getLoopbackAddress(), 0, receiver);
                DatagramSocket acs = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            long ts = System.currentTimeMillis() / 1000;
            long t0 = System.nanoTime();
            for (int i = 0; i < total; i++) {
                String pw = i % 2 == 0 ? "pw" : "wrong";
                String sig = UdpConnectionRequestValidator.sign(pw, Long.toString(ts) + i + "acs" + "cn");
                byte[] d = ("GET http://127.0.0.1:" + endpoint.port() + "?ts=" + ts + "&id=" + i
                        + "&un=acs&cn=cn&sig=" + sig + " HTTP/1.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                acs.send(new DatagramPacket(d, d.length, InetAddress.getLoopbackAddress(), endpoint.port()));
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(500);
            long handled = receiver.acceptedCount();
            for (UdpConnectionRequestValidator.Drop drop : UdpConnectionRequestValidator.Drop.values()) {
                handled += receiver.droppedCount(drop);
            }
            System.out.printf("%nUDP flood: %d signed datagrams (half with a wrong signature) sent in %.1f s"
                    + " (%.0f/s); %d handled (rest dropped by the kernel), sessions=%d; heap after GC %d -> %d KiB%n",
                    total, seconds, total / seconds, handled, sessions.count.get(), heapBefore / 1024,
                    usedHeapAfterGc() / 1024);
        }
    }

    private static void httpLatency(int n, Credentials creds) throws Exception {
        TimedSessions sessions = new TimedSessions();
        SessionTrigger trigger = new SessionTrigger(new RateLimiter(RateLimiter.MAX_BUDGET, Duration.ofSeconds(1),
                Clock.systemUTC()), sessions);
        try (HttpConnectionRequestServer server = new HttpConnectionRequestServer(HttpConnectionRequestServer.Settings
                .defaults(InetAddress.getLoopbackAddress(), 0, "bench"), () -> creds, trigger, Clock.systemUTC())) {
            long[] authOnly = new long[n];
            long[] full = new long[n];
            int busy = 0;
            for (int i = -100; i < n; i++) { // 100 warm-up rounds
                long t0 = System.nanoTime();
                DigestTestClient.Response first = DigestTestClient.send(server.port(), "GET", "/bench", null);
                if (first.status() == 503) { // all workers busy (the machine is shared): try this round again
                    busy++;
                    i--;
                    continue;
                }
                Map<String, String> c = first.challenge("SHA-256");
                String auth = DigestTestClient.authorization(c, "acs", "pw", "GET", "/bench", 1, "cn" + i);
                long t1 = System.nanoTime();
                int status = DigestTestClient.send(server.port(), "GET", "/bench", auth).status();
                Long called = sessions.calls.poll(5, TimeUnit.SECONDS);
                if (status != 200 || called == null) {
                    throw new IllegalStateException("request " + i + " got " + status + ", overloaded=" + server.overloadedCount() + ", admitted=" + trigger.admittedCount() + ", limited=" + trigger.rateLimitedCount());
                }
                if (i >= 0) {
                    authOnly[i] = called - t1;
                    full[i] = called - t0;
                }
            }
            row("HTTP: authenticated GET -> requestSession", authOnly);
            row("HTTP: 401 challenge + GET -> requestSession", full);
            if (busy > 0) {
                System.out.printf("  (%d challenge rounds got 503 busy and were repeated)%n", busy);
            }
        }
    }

    private static void udpLatency(int n, Credentials creds) throws Exception {
        TimedSessions sessions = new TimedSessions();
        SessionTrigger trigger = new SessionTrigger(new RateLimiter(RateLimiter.MAX_BUDGET, Duration.ofSeconds(1),
                Clock.systemUTC()), sessions);
        UdpConnectionRequestReceiver receiver = new UdpConnectionRequestReceiver(
                new UdpConnectionRequestValidator(Clock.systemUTC(), Duration.ofHours(1)), () -> creds, trigger);
        try (UdpEndpoint endpoint = new UdpEndpoint(InetAddress.getLoopbackAddress(), 0, receiver);
                DatagramSocket acs = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            long[] lat = new long[n];
            long ts = System.currentTimeMillis() / 1000;
            for (int i = -100; i < n; i++) {
                long id = i + 1000L;
                String sig = UdpConnectionRequestValidator.sign("pw", Long.toString(ts) + id + "acs" + "cn");
                byte[] d = ("GET http://127.0.0.1:" + endpoint.port() + "?ts=" + ts + "&id=" + id
                        + "&un=acs&cn=cn&sig=" + sig + " HTTP/1.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                long t0 = System.nanoTime();
                acs.send(new DatagramPacket(d, d.length, InetAddress.getLoopbackAddress(), endpoint.port()));
                Long called = sessions.calls.poll(5, TimeUnit.SECONDS);
                if (called == null) {
                    throw new IllegalStateException("UDP request " + i + " started no session");
                }
                if (i >= 0) {
                    lat[i] = called - t0;
                }
            }
            row("UDP: datagram -> requestSession", lat);
        }
    }

    private static void flood(int total, Credentials creds) throws Exception {
        TimedSessions sessions = new TimedSessions();
        sessions.record = false;
        SessionTrigger trigger = new SessionTrigger(new RateLimiter(1, Duration.ofSeconds(30), Clock.systemUTC()),
                sessions);
        long heapBefore = usedHeapAfterGc();
        long rssBefore = rssKiB();
        int threadsBefore = Thread.activeCount();
        try (HttpConnectionRequestServer server = new HttpConnectionRequestServer(HttpConnectionRequestServer.Settings
                .defaults(InetAddress.getLoopbackAddress(), 0, "bench"), () -> creds, trigger, Clock.systemUTC())) {
            ExecutorService clients = Executors.newFixedThreadPool(8);
            Map<Integer, AtomicInteger> byStatus = new java.util.concurrent.ConcurrentSkipListMap<>();
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(clients.submit(() -> {
                    for (int i = thread; i < total; i += 8) {
                        try {
                            int status = switch (i % 4) {
                                case 0 -> {
                                    DigestTestClient.Response r = DigestTestClient.send(server.port(), "GET", "/bench",
                                            null);
                                    yield r.status() != 401 ? r.status() : DigestTestClient.send(server.port(), "GET",
                                            "/bench", DigestTestClient.authorization(r.challenge("MD5"), "acs", "pw",
                                                    "GET", "/bench", 1, "c")).status();
                                }
                                case 1 -> DigestTestClient.send(server.port(), "GET", "/bench",
                                        "Digest username=\"acs\", response=\"00\"").status();
                                case 2 -> DigestTestClient.send(server.port(), "GET", "/wrong", null).status();
                                default -> DigestTestClient.sendRaw(server.port(), "\u0000garbage\r\n\r\n").status();
                            };
                            byStatus.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                        } catch (IOException e) {
                            byStatus.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            clients.shutdown();
            int threadsDuring = Thread.activeCount();
            long heapAfter = usedHeapAfterGc();
            long rssAfter = rssKiB();
            System.out.printf("%nFlood: %d requests (1/4 valid digest, 1/4 bad digest, 1/4 wrong path, 1/4 garbage)"
                    + " from 8 threads on loopback%n", total);
            System.out.printf("  absorbed %.0f requests/s (%.1f s); statuses %s (-1 = I/O error); sessions=%d"
                    + " (budget 1 per 30 s); overload 503s=%d%n", total / seconds, seconds, byStatus,
                    sessions.count.get(), server.overloadedCount());
            System.out.printf("  heap used after GC: %d KiB before, %d KiB after; RSS %d KiB before, %d KiB after;"
                    + " live threads %d before, %d at end (incl. 8 client threads)%n", heapBefore / 1024, heapAfter / 1024, rssBefore, rssAfter,
                    threadsBefore, threadsDuring);
        }
    }

    private static void row(String name, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%-44s %10.3f %10.3f %10.3f%n", name, s[s.length / 2] / 1e6,
                s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6, s[s.length - 1] / 1e6);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
