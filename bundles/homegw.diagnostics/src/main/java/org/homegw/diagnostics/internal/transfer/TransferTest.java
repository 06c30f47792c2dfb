package org.homegw.diagnostics.internal.transfer;

import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.diagnostics.internal.core.Cancellation;
import org.homegw.diagnostics.internal.core.DiagnosticTest;
import org.homegw.diagnostics.internal.core.TestResult;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.net.Inputs;
import org.homegw.diagnostics.internal.net.SourceAddress;

/**
 * What TR-143 DownloadDiagnostics and UploadDiagnostics share: HTTP ({@link HttpExchange}) and FTP
 * ({@link FtpExchange}) URLs (https URLs are refused, see checkRequest), file-size tests
 * and time-based tests (TimeBasedTestDuration &gt; 0: every connection moves data for that many
 * seconds after the test's first byte; with TimeBasedTestMeasurementInterval &gt; 0, IncrementalResult
 * rows per interval starting TimeBasedTestMeasurementOffset seconds after BOMTime), NumberOfConnections
 * parallel connections, PerConnectionResult rows when EnablePerConnectionResults is true, and the
 * full-loading figures.
 */
abstract class TransferTest implements DiagnosticTest {

    static final int MAX_CONNECTIONS = 8;
    /** TimeBasedTestDuration is at most 999 s, so 1-second intervals give at most 999 rows. */
    static final int MAX_INCREMENTAL_RESULTS = 999;
    static final String UNKNOWN_TIME = "0001-01-01T00:00:00Z";

    private static final System.Logger LOG = System.getLogger(TransferTest.class.getName());
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final HostResolver resolver;
    final Clock clock;
    final Path sysClassNet;
    final HttpExchange exchange;
    final FtpExchange ftp;
    private final int timeoutMillis;

    TransferTest(HostResolver resolver, Clock clock, Path sysClassNet, int timeoutMillis) {
        this.resolver = resolver;
        this.clock = clock;
        this.sysClassNet = sysClassNet;
        this.exchange = new HttpExchange(clock, sysClassNet, timeoutMillis);
        this.ftp = new FtpExchange(clock, sysClassNet, timeoutMillis);
        this.timeoutMillis = timeoutMillis;
    }

    /** "Download" or "Upload": the prefix of the URL parameter and the test-byte direction. */
    abstract String urlParameter();

    /** "TestBytesReceived" or "TestBytesSent". */
    abstract String testBytesParameter();

    /** Runs connection {@code index}. */
    abstract ConnectionResult transfer(InetAddress address, InetAddress source, TransferTarget target,
            Map<String, String> inputs, int index,
            FullLoading meter, Cancellation cancel) throws TransferFailure, InterruptedException;

    Map<String, String> commonInputs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Interface", "");
        m.put(urlParameter(), "");
        m.put("DSCP", "0");
        m.put("EthernetPriority", "0");
        m.put("TimeBasedTestDuration", "0");
        m.put("TimeBasedTestMeasurementInterval", "0");
        m.put("TimeBasedTestMeasurementOffset", "0");
        m.put("ProtocolVersion", "Any");
        m.put("NumberOfConnections", "1");
        m.put("EnablePerConnectionResults", "false");
        return m;
    }

    @Override
    public TestResult initialResult() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("IPAddressUsed", "");
        for (String t : List.of("ROMTime", "BOMTime", "EOMTime", "TCPOpenRequestTime", "TCPOpenResponseTime")) {
            v.put(t, UNKNOWN_TIME);
        }
        for (String n : List.of(testBytesParameter(), "TotalBytesReceived", "TotalBytesSent",
                testBytesParameter() + "UnderFullLoading", "TotalBytesReceivedUnderFullLoading",
                "TotalBytesSentUnderFullLoading", "PeriodOfFullLoading")) {
            v.put(n, "0");
        }
        return new TestResult("None", v, Map.of("PerConnectionResult.", List.of(), "IncrementalResult.", List.of()));
    }

    @Override
    public Outcome<Void> checkRequest(Map<String, String> inputs) {
        // TR-181 2.19: "MUST be in the form of a valid HTTP [RFC2616] or FTP [RFC959] URL" and the
        // *Transports enumeration is HTTP/FTP: an https URL is neither, so it is refused
        if (TransferTarget.parse(Inputs.text(inputs, urlParameter())).isEmpty()) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE,
                    urlParameter() + " must be an http:// or ftp:// URL with a host and a file (HTTPS is not offered)");
        }
        if (Inputs.number(inputs, "NumberOfConnections", 1) > MAX_CONNECTIONS) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE,
                    "At most " + MAX_CONNECTIONS + " connections");
        }
        return Outcome.success(null);
    }

    @Override
    public TestResult run(Map<String, String> inputs, Cancellation cancel) throws InterruptedException {
        TransferTarget target = TransferTarget.parse(Inputs.text(inputs, urlParameter())).orElseThrow();
        InetAddress address;
        try {
            address = resolver.resolve(target.host(), Inputs.text(inputs, "ProtocolVersion"));
        } catch (UnknownHostException e) {
            return initialResult().withState(TestResult.ERROR_CANNOT_RESOLVE_HOST_NAME);
        }
        int n = Inputs.intValue(inputs, "NumberOfConnections", 1, 1, MAX_CONNECTIONS);
        long duration = durationMillis(inputs);
        long interval = Inputs.number(inputs, "TimeBasedTestMeasurementInterval", 0);
        InetAddress source = Inputs.source(inputs, address);
        InetAddress local = source != null ? source : sourceAddress(address);
        FullLoading meter = new FullLoading(n, clock, () -> InterfaceCounters.of(sysClassNet, local));
        InterfaceCounters before = InterfaceCounters.of(sysClassNet, local);
        List<ConnectionResult> results = new ArrayList<>();
        IncrementalResults incremental = duration > 0 && interval > 0 ? new IncrementalResults(meter, clock,
                () -> InterfaceCounters.of(sysClassNet, local),
                Inputs.number(inputs, "TimeBasedTestMeasurementOffset", 0), interval, MAX_INCREMENTAL_RESULTS,
                testBytesParameter()) : null;
        java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService connections = Executors.newFixedThreadPool(n + 1, r -> {
            Thread t = new Thread(r, "homegw-diagnostics-connection");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ConnectionResult>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(connections.submit(() -> {
                    try {
                        return transfer(address, source, target, inputs, index, meter, cancel);
                    } finally {
                        finished.incrementAndGet();
                    }
                }));
            }
            Future<?> sampling = incremental == null ? null : connections.submit(() -> {
                incremental.collect(() -> finished.get() == n, duration, timeoutMillis);
                return null;
            });
            for (Future<ConnectionResult> f : futures) {
                results.add(f.get());
            }
            if (sampling != null) {
                sampling.get();
            }
        } catch (ExecutionException e) {
            cancel.check();
            if (e.getCause() instanceof TransferFailure failure) {
                LOG.log(Level.INFO, "{0} to {1} failed: {2} ({3})", getClass().getSimpleName(),
                        target.display(), failure.state(), failure.getMessage());
                return initialResult().withState(failure.state());
            }
            LOG.log(Level.ERROR, getClass().getSimpleName() + " failed", e.getCause());
            return initialResult().withState(TestResult.ERROR_INTERNAL);
        } finally {
            connections.shutdownNow();
        }
        InterfaceCounters total = InterfaceCounters.of(sysClassNet, local).since(before);
        if (total.received() < 0) {
            LOG.log(Level.INFO, "{0}: interface byte counters unavailable; TotalBytes* read 0",
                    getClass().getSimpleName());
        }
        return aggregate(results, meter, total, Inputs.bool(inputs, "EnablePerConnectionResults"),
                incremental == null ? List.of() : incremental.rows());
    }

    private static InetAddress sourceAddress(InetAddress target) {
        try {
            String s = SourceAddress.towards(target);
            return s.isEmpty() ? null : InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /**
     * Several connections (TR-181 2.19 wording): ROM and BOM are the earliest of all connections, EOM
     * and both TCP open times the latest; byte counts add up. TotalBytes* are the counters of the
     * interface that carried the test, sampled before the first request and after the last byte.
     */
    private TestResult aggregate(List<ConnectionResult> results, FullLoading meter, InterfaceCounters total,
            boolean perConnection, List<Map<String, String>> incrementalRows) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("IPAddressUsed", results.get(0).localAddress());
        v.put("ROMTime", time(results, ConnectionResult::rom, false));
        v.put("BOMTime", time(results, ConnectionResult::bom, false));
        v.put("EOMTime", time(results, ConnectionResult::eom, true));
        v.put("TCPOpenRequestTime", time(results, ConnectionResult::tcpOpenRequest, true));
        v.put("TCPOpenResponseTime", time(results, ConnectionResult::tcpOpenResponse, true));
        v.put(testBytesParameter(), Long.toString(results.stream().mapToLong(ConnectionResult::testBytes).sum()));
        v.put("TotalBytesReceived", Long.toString(Math.max(0, total.received())));
        v.put("TotalBytesSent", Long.toString(Math.max(0, total.sent())));
        InterfaceCounters full = meter.interfaceBytes();
        v.put(testBytesParameter() + "UnderFullLoading", Long.toString(meter.testBytes()));
        v.put("TotalBytesReceivedUnderFullLoading", Long.toString(Math.max(0, full.received())));
        v.put("TotalBytesSentUnderFullLoading", Long.toString(Math.max(0, full.sent())));
        v.put("PeriodOfFullLoading", Long.toString(meter.periodMicros()));
        List<Map<String, String>> rows = new ArrayList<>();
        if (perConnection) {
            for (ConnectionResult r : results) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("ROMTime", format(r.rom()));
                row.put("BOMTime", format(r.bom()));
                row.put("EOMTime", format(r.eom()));
                row.put(testBytesParameter(), Long.toString(r.testBytes()));
                row.put("TotalBytesReceived", Long.toString(Math.max(0, r.interfaceBytesReceived())));
                row.put("TotalBytesSent", Long.toString(Math.max(0, r.interfaceBytesSent())));
                row.put("TCPOpenRequestTime", format(r.tcpOpenRequest()));
                row.put("TCPOpenResponseTime", format(r.tcpOpenResponse()));
                rows.add(row);
            }
        }
        return new TestResult(TestResult.COMPLETE, v, Map.of("PerConnectionResult.", rows, "IncrementalResult.",
                incrementalRows));
    }

    private static String time(List<ConnectionResult> results, Function<ConnectionResult, Instant> field,
            boolean latest) {
        Comparator<Instant> order = Comparator.naturalOrder();
        return format(results.stream().map(field).reduce((a, b) -> (order.compare(a, b) > 0) == latest ? a : b)
                .orElse(null));
    }

    /** TimeBasedTestDuration in milliseconds; 0 for a file-size test. */
    static long durationMillis(Map<String, String> inputs) {
        return Math.max(0, Inputs.number(inputs, "TimeBasedTestDuration", 0)) * 1000;
    }

    static String format(Instant t) {
        return t == null ? UNKNOWN_TIME : MICROS.format(t);
    }

}
