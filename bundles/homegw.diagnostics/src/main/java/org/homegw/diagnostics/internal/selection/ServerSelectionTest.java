package org.homegw.diagnostics.internal.selection;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.diagnostics.internal.core.Cancellation;
import org.homegw.diagnostics.internal.core.DiagnosticTest;
import org.homegw.diagnostics.internal.core.TestResult;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.net.Inputs;
import org.homegw.diagnostics.internal.net.SourceAddress;
import org.homegw.diagnostics.internal.ping.PingMethod;
import org.homegw.diagnostics.internal.ping.PingReplies;
import org.homegw.diagnostics.internal.ping.PingRequest;
import org.homegw.diagnostics.internal.udpecho.UdpEchoClient;

/**
 * Device.IP.Diagnostics.ServerSelectionDiagnostics.: probes every HostList entry NumberOfRepetitions
 * times, by ping ("ICMP", same methods as IPPing) or UDP echo ("UDP Echo", to the echo port), and
 * reports the host with the smallest average response time (µs). Hosts that do not resolve or never
 * answer are skipped; none answering gives Error_Other (Error_CannotResolveHostName if none resolved).
 */
public final class ServerSelectionTest implements DiagnosticTest {

    public static final String PATH = "Device.IP.Diagnostics.ServerSelectionDiagnostics.";

    private static final System.Logger LOG = System.getLogger(ServerSelectionTest.class.getName());

    private final HostResolver resolver;
    private final List<PingMethod> pingMethods;
    private final UdpEchoClient udpEcho;
    private final int udpEchoPort;

    /** {@code udpEchoPort}: 7 (echo) in production; tests use their own server's port. */
    public ServerSelectionTest(HostResolver resolver, List<PingMethod> pingMethods, Clock clock, int udpEchoPort) {
        this.resolver = resolver;
        this.pingMethods = List.copyOf(pingMethods);
        this.udpEcho = new UdpEchoClient(clock);
        this.udpEchoPort = udpEchoPort;
    }

    @Override
    public String objectPath() {
        return PATH;
    }

    @Override
    public Map<String, String> inputDefaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Interface", "");
        m.put("ProtocolVersion", "Any");
        m.put("Protocol", "ICMP");
        m.put("HostList", "");
        m.put("NumberOfRepetitions", "3");
        m.put("Timeout", "1000");
        return m;
    }

    @Override
    public TestResult initialResult() {
        return result("None", "", "", null);
    }

    @Override
    public Outcome<Void> checkRequest(Map<String, String> inputs) {
        return hosts(inputs).isEmpty()
                ? Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE, "ServerSelectionDiagnostics needs a HostList")
                : Outcome.success(null);
    }

    private static List<String> hosts(Map<String, String> inputs) {
        return List.of(Inputs.text(inputs, "HostList").split(",")).stream().map(String::trim)
                .filter(h -> !h.isEmpty()).toList();
    }

    @Override
    public TestResult run(Map<String, String> inputs, Cancellation cancel) throws InterruptedException {
        int repetitions = Inputs.intValue(inputs, "NumberOfRepetitions", 3, 1, 1000);
        int timeout = Inputs.intValue(inputs, "Timeout", 1000, 1, Integer.MAX_VALUE);
        boolean udp = "UDP Echo".equals(Inputs.text(inputs, "Protocol"));
        boolean anyResolved = false;
        String fastest = null;
        InetAddress fastestAddress = null;
        LongSummaryStatistics best = null;
        for (String host : hosts(inputs)) {
            cancel.check();
            InetAddress address;
            try {
                address = resolver.resolve(host, Inputs.text(inputs, "ProtocolVersion"));
            } catch (UnknownHostException e) {
                LOG.log(Level.INFO, "ServerSelection: {0} does not resolve", host);
                continue;
            }
            anyResolved = true;
            InetAddress source = Inputs.source(inputs, address);
            List<Long> micros = udp ? udpTimes(address, source, repetitions, timeout, cancel)
                    : pingTimes(address, source, repetitions, timeout, cancel);
            LongSummaryStatistics s = micros.stream().mapToLong(Long::longValue).summaryStatistics();
            if (s.getCount() > 0 && (best == null || s.getAverage() < best.getAverage())) {
                best = s;
                fastest = host;
                fastestAddress = address;
            }
        }
        if (best == null) {
            return initialResult().withState(anyResolved ? TestResult.ERROR_OTHER
                    : TestResult.ERROR_CANNOT_RESOLVE_HOST_NAME);
        }
        return result(TestResult.COMPLETE, fastest, Inputs.addressUsed(inputs, fastestAddress), best);
    }

    private List<Long> pingTimes(InetAddress address, InetAddress source, int repetitions, int timeout,
            Cancellation cancel)
            throws InterruptedException {
        for (PingMethod method : pingMethods) {
            try {
                PingReplies r = method.ping(new PingRequest(address, repetitions, timeout, 56, 0, source), cancel);
                return r.roundTripMicros();
            } catch (IOException e) {
                LOG.log(Level.INFO, "ServerSelection: {0} unusable ({1})", method.name(), e.getMessage());
            }
        }
        return List.of();
    }

    private List<Long> udpTimes(InetAddress address, InetAddress source, int repetitions, int timeout,
            Cancellation cancel)
            throws InterruptedException {
        try {
            return udpEcho.run(new InetSocketAddress(address, udpEchoPort), source, repetitions, timeout, 24, 0, 1, cancel)
                    .stream().filter(UdpEchoClient.Packet::success).map(UdpEchoClient.Packet::micros).toList();
        } catch (IOException e) {
            cancel.check();
            return List.of();
        }
    }

    private static TestResult result(String state, String fastest, String addressUsed, LongSummaryStatistics s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("FastestHost", fastest);
        v.put("MinimumResponseTime", Long.toString(s == null ? 0 : s.getMin()));
        v.put("AverageResponseTime", Long.toString(s == null ? 0 : Math.round(s.getAverage())));
        v.put("MaximumResponseTime", Long.toString(s == null ? 0 : s.getMax()));
        v.put("IPAddressUsed", addressUsed);
        return new TestResult(state, v, Map.of());
    }
}
