package org.homegw.diagnostics.internal.selection;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;

import org.homegw.diagnostics.internal.core.Cancellation;
import org.homegw.diagnostics.internal.core.Harness;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.ping.PingMethod;
import org.homegw.diagnostics.internal.ping.PingReplies;
import org.homegw.diagnostics.internal.ping.PingRequest;
import org.homegw.diagnostics.internal.udpecho.UdpEchoServer;
import org.junit.After;
import org.junit.Test;

public class ServerSelectionDiagnosticTest {

    /** near.lab is 127.0.0.1, far.lab 127.0.0.2; nothing else resolves. */
    private static final HostResolver LAB = host -> switch (host) {
        case "near.lab" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        case "far.lab" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 2})};
        default -> throw new UnknownHostException(host);
    };

    /** A scripted ping: 127.0.0.1 answers in 100 and 300 µs, 127.0.0.2 in 900 µs, others never. */
    private static final PingMethod SCRIPTED = new PingMethod() {
        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public PingReplies ping(PingRequest r, Cancellation cancel) {
            byte last = r.target().getAddress()[3];
            List<Long> rtts = last == 1 ? List.of(100L, 300L) : last == 2 ? List.of(900L) : List.of();
            return new PingReplies(rtts, r.repetitions());
        }
    };

    private Harness h;
    private UdpEchoServer echo;

    @After
    public void tearDown() throws Exception {
        if (h != null) {
            h.close();
        }
        if (echo != null) {
            echo.close();
        }
    }

    @Test
    public void icmp_picks_the_host_with_the_smallest_average() throws Exception {
        h = new Harness(new ServerSelectionTest(LAB, List.of(SCRIPTED), Clock.systemUTC(), 7));
        h.set("HostList", "far.lab,nowhere.invalid,near.lab", "NumberOfRepetitions", "2",
                "DiagnosticsState", "Requested");
        assertEquals("Complete", h.awaitCompletion());
        assertEquals("near.lab", h.get("FastestHost"));
        assertEquals("100", h.get("MinimumResponseTime"));
        assertEquals("200", h.get("AverageResponseTime"));
        assertEquals("300", h.get("MaximumResponseTime"));
    }

    @Test
    public void udp_echo_measures_against_an_echo_server() throws Exception {
        echo = new UdpEchoServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), null, true,
                Clock.systemUTC());
        h = new Harness(new ServerSelectionTest(LAB, List.of(SCRIPTED), Clock.systemUTC(), echo.port()));
        h.set("HostList", "near.lab", "Protocol", "UDP Echo", "NumberOfRepetitions", "2", "Timeout", "2000",
                "DiagnosticsState", "Requested");
        assertEquals("Complete", h.awaitCompletion());
        assertEquals("near.lab", h.get("FastestHost"));
        assertTrue(Long.parseLong(h.get("MaximumResponseTime")) > 0);
        assertEquals(2, echo.stats().packetsReceived());
    }

    @Test
    public void no_host_resolving_gives_error_cannot_resolve_host_name() throws Exception {
        h = new Harness(new ServerSelectionTest(LAB, List.of(SCRIPTED), Clock.systemUTC(), 7));
        h.set("HostList", "a.invalid,b.invalid", "DiagnosticsState", "Requested");
        assertEquals("Error_CannotResolveHostName", h.awaitCompletion());
        assertEquals("", h.get("FastestHost"));
    }
}
