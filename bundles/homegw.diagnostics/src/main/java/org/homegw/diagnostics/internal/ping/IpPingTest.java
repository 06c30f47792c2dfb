package org.homegw.diagnostics.internal.ping;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
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

/**
 * Device.IP.Diagnostics.IPPing. (TR-181): tries each ping method in turn (the system ping first when
 * configured) and logs which one produced the figures; times are those measured, never estimated.
 */
public final class IpPingTest implements DiagnosticTest {

    public static final String PATH = "Device.IP.Diagnostics.IPPing.";

    private static final System.Logger LOG = System.getLogger(IpPingTest.class.getName());

    private final HostResolver resolver;
    private final List<PingMethod> methods;

    public IpPingTest(HostResolver resolver, List<PingMethod> methods) {
        this.resolver = resolver;
        this.methods = List.copyOf(methods);
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
        m.put("Host", "");
        m.put("NumberOfRepetitions", "3");
        m.put("Timeout", "1000");
        m.put("DataBlockSize", "56");
        m.put("DSCP", "0");
        return m;
    }

    @Override
    public TestResult initialResult() {
        return result("None", "", new PingReplies(List.of(), 0));
    }

    @Override
    public Outcome<Void> checkRequest(Map<String, String> inputs) {
        return Inputs.text(inputs, "Host").isEmpty()
                ? Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE, "IPPing needs a Host")
                : Outcome.success(null);
    }

    @Override
    public TestResult run(Map<String, String> inputs, Cancellation cancel) throws InterruptedException {
        InetAddress target;
        try {
            target = resolver.resolve(Inputs.text(inputs, "Host"), Inputs.text(inputs, "ProtocolVersion"));
        } catch (UnknownHostException e) {
            LOG.log(Level.INFO, "IPPing: cannot resolve {0}", inputs.get("Host"));
            return initialResult().withState(TestResult.ERROR_CANNOT_RESOLVE_HOST_NAME);
        }
        cancel.check();
        PingRequest request = new PingRequest(target,
                Inputs.intValue(inputs, "NumberOfRepetitions", 3, 1, 10_000),
                Inputs.intValue(inputs, "Timeout", 1000, 1, Integer.MAX_VALUE),
                Inputs.intValue(inputs, "DataBlockSize", 56, 1, 65_535),
                Inputs.intValue(inputs, "DSCP", 0, 0, 63), Inputs.source(inputs, target));
        for (PingMethod method : methods) {
            try {
                PingReplies replies = method.ping(request, cancel);
                cancel.check();
                if (method instanceof ReachabilityPing && (request.dscp() != 0 || request.dataBlockSize() != 56)) {
                    LOG.log(Level.INFO, "IPPing: {0} cannot set DSCP or DataBlockSize; they were not applied",
                            method.name());
                }
                LOG.log(Level.INFO, "IPPing to {0} ran with {1}: {2} of {3} answered", target.getHostAddress(),
                        method.name(), replies.successes(), replies.sent());
                return result(TestResult.COMPLETE, Inputs.addressUsed(inputs, target), replies);
            } catch (NoRouteToHostException e) {
                LOG.log(Level.INFO, "IPPing: no route to {0} ({1})", target.getHostAddress(), e.getMessage());
                return initialResult().withState("Error_NoRouteToHost");
            } catch (IOException e) {
                LOG.log(Level.INFO, "IPPing: {0} unusable here ({1}), trying the next method",
                        method.name(), e.getMessage());
            }
        }
        return initialResult().withState(TestResult.ERROR_INTERNAL);
    }

    private static TestResult result(String state, String addressUsed, PingReplies replies) {
        LongSummaryStatistics s = replies.roundTripMicros().stream().mapToLong(Long::longValue).summaryStatistics();
        boolean any = s.getCount() > 0;
        long avg = any ? Math.round(s.getAverage()) : 0;
        long min = any ? s.getMin() : 0;
        long max = any ? s.getMax() : 0;
        Map<String, String> v = new LinkedHashMap<>();
        v.put("IPAddressUsed", addressUsed);
        v.put("SuccessCount", Integer.toString(replies.successes()));
        v.put("FailureCount", Integer.toString(replies.failures()));
        v.put("AverageResponseTime", Long.toString(Math.round(avg / 1000.0)));
        v.put("MinimumResponseTime", Long.toString(Math.round(min / 1000.0)));
        v.put("MaximumResponseTime", Long.toString(Math.round(max / 1000.0)));
        v.put("AverageResponseTimeDetailed", Long.toString(avg));
        v.put("MinimumResponseTimeDetailed", Long.toString(min));
        v.put("MaximumResponseTimeDetailed", Long.toString(max));
        return new TestResult(state, v, Map.of());
    }
}
