package org.homegw.diagnostics.internal.traceroute;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.diagnostics.internal.core.Cancellation;
import org.homegw.diagnostics.internal.core.DiagnosticTest;
import org.homegw.diagnostics.internal.core.TestResult;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.net.Inputs;
import org.homegw.diagnostics.internal.net.SourceAddress;

/**
 * Device.IP.Diagnostics.TraceRoute. through the system traceroute. Java cannot set the TTL of unicast
 * packets, so there is no pure-Java method: without the command the test ends in Error_Other and the
 * log says why (and IPv4TraceRouteSupported reads false).
 */
public final class TraceRouteTest implements DiagnosticTest {

    public static final String PATH = "Device.IP.Diagnostics.TraceRoute.";

    private static final System.Logger LOG = System.getLogger(TraceRouteTest.class.getName());

    private final HostResolver resolver;
    private final Supplier<Optional<Path>> command;

    /** {@code command}: the traceroute executable, looked up at each run. */
    public TraceRouteTest(HostResolver resolver, Supplier<Optional<Path>> command) {
        this.resolver = resolver;
        this.command = command;
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
        m.put("NumberOfTries", "3");
        m.put("Timeout", "5000");
        m.put("DataBlockSize", "38");
        m.put("DSCP", "0");
        m.put("MaxHopCount", "30");
        return m;
    }

    @Override
    public TestResult initialResult() {
        return new TestResult("None", Map.of("IPAddressUsed", "", "ResponseTime", "0"),
                Map.of("RouteHops.", List.of()));
    }

    @Override
    public Outcome<Void> checkRequest(Map<String, String> inputs) {
        return Inputs.text(inputs, "Host").isEmpty()
                ? Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE, "TraceRoute needs a Host")
                : Outcome.success(null);
    }

    /** The command line (Linux traceroute options). */
    static List<String> commandLine(Path exe, InetAddress target, Map<String, String> inputs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.add(target instanceof Inet6Address ? "-6" : "-4");
        cmd.add("-n");
        cmd.addAll(List.of("-q", Integer.toString(Inputs.intValue(inputs, "NumberOfTries", 3, 1, 3))));
        int timeoutMs = Inputs.intValue(inputs, "Timeout", 5000, 1, Integer.MAX_VALUE);
        cmd.addAll(List.of("-w", Integer.toString(Math.max(1, (timeoutMs + 999) / 1000))));
        cmd.addAll(List.of("-m", Integer.toString(Inputs.intValue(inputs, "MaxHopCount", 30, 1, 64))));
        int dscp = Inputs.intValue(inputs, "DSCP", 0, 0, 63);
        if (dscp != 0) {
            cmd.addAll(List.of("-t", Integer.toString(dscp << 2)));
        }
        InetAddress source = Inputs.source(inputs, target);
        if (source != null) {
            cmd.addAll(List.of("-s", source.getHostAddress()));
        }
        cmd.add(target.getHostAddress());
        cmd.add(Integer.toString(Inputs.intValue(inputs, "DataBlockSize", 38, 1, 65_535)));
        return cmd;
    }

    @Override
    public TestResult run(Map<String, String> inputs, Cancellation cancel) throws InterruptedException {
        InetAddress target;
        try {
            target = resolver.resolve(Inputs.text(inputs, "Host"), Inputs.text(inputs, "ProtocolVersion"));
        } catch (UnknownHostException e) {
            return initialResult().withState(TestResult.ERROR_CANNOT_RESOLVE_HOST_NAME);
        }
        Optional<Path> exe = command.get();
        if (exe.isEmpty()) {
            LOG.log(Level.WARNING, "TraceRoute: no traceroute command here, and Java cannot set a unicast TTL");
            return initialResult().withState(TestResult.ERROR_OTHER);
        }
        String output;
        try {
            output = execute(commandLine(exe.get(), target, inputs), cancel);
        } catch (IOException e) {
            cancel.check();
            LOG.log(Level.WARNING, "TraceRoute: {0} failed: {1}", exe.get(), e.getMessage());
            return initialResult().withState(TestResult.ERROR_OTHER);
        }
        List<TraceRouteParser.Hop> hops = TraceRouteParser.parse(output);
        if (hops.isEmpty()) {
            LOG.log(Level.WARNING, "TraceRoute: no hops in the output of {0}: {1}", exe.get(), output.strip());
            return initialResult().withState(output.toLowerCase().contains("unreachable")
                    ? "Error_NoRouteToHost" : TestResult.ERROR_OTHER);
        }
        TraceRouteParser.Hop last = hops.get(hops.size() - 1);
        boolean reached = last.address().equals(target.getHostAddress());
        List<Map<String, String>> rows = new ArrayList<>();
        for (TraceRouteParser.Hop hop : hops) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("Host", hop.address());
            row.put("HostAddress", hop.address());
            row.put("ErrorCode", Integer.toString(hop.errorCode()));
            row.put("RTTimes", hop.rttMillis().stream().map(String::valueOf).collect(Collectors.joining(",")));
            rows.add(row);
        }
        long responseTime = reached && !last.rttMillis().isEmpty()
                ? Math.round(last.rttMillis().stream().mapToLong(Long::longValue).average().orElse(0)) : 0;
        String state = reached ? TestResult.COMPLETE : "Error_MaxHopCountExceeded";
        LOG.log(Level.INFO, "TraceRoute to {0} via {1}: {2} hops, {3}", target.getHostAddress(), exe.get(),
                hops.size(), state);
        return new TestResult(state, Map.of("IPAddressUsed", Inputs.addressUsed(inputs, target),
                "ResponseTime", Long.toString(responseTime)), Map.of("RouteHops.", rows));
    }

    private static String execute(List<String> cmd, Cancellation cancel) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Closeable kill = process::destroyForcibly;
        cancel.register(kill);
        try (InputStream out = process.getInputStream()) {
            String output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            cancel.check();
            return output;
        } finally {
            cancel.unregister(kill);
            process.destroyForcibly();
        }
    }
}
