package org.homegw.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.homegw.cwmp.codec.CwmpEncoder;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.e2e.GatewayProcess;
import org.homegw.e2e.GatewaySite;
import org.homegw.e2e.bench.provider.SyntheticFirewallProvider;
import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LabAcsConfig;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;
import org.homegw.labacs.auth.Credentials;
import org.homegw.labacs.connreq.UdpConnectionRequest;

/**
 * Whole-process figures of the assembled distribution (its own bin/homegw and JVM flags) against an
 * in-process lab ACS on loopback; prints a table (median, min, max) and writes bench.csv and
 * bench.json. Not a test: run with {@code mvn -B -o -q -pl itests/e2e -am verify -Pbench -DskipTests}
 * (see itests/e2e/README.md). Arguments: --runs N (default 5), --sessions N (default 1000), --out DIR.
 */
public final class GatewayBench {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int WARM_UP_SESSIONS = 100;
    private static final String MS = "Device.ManagementServer.";
    /** Rules of the synthetic firewall chain: 41 parameters each in Device:2.19, so about 100,000. */
    private static final int SYNTHETIC_RULES = 2440;

    private final int runs;
    private final int sessions;
    private final Path out;
    private final List<Figure> figures = new ArrayList<>();
    private String threadCpu = "";

    private GatewayBench(int runs, int sessions, Path out) {
        this.runs = runs;
        this.sessions = sessions;
        this.out = out;
    }

    /** Kept so the level sticks (exec:java runs in Maven's JVM, where logging is already configured). */
    private static final java.util.logging.Logger LAB_ACS_LOG = java.util.logging.Logger.getLogger("org.homegw.labacs");

    public static void main(String[] args) throws Exception {
        LAB_ACS_LOG.setLevel(java.util.logging.Level.WARNING); // one INFO line per Connection Request otherwise
        int runs = 5;
        int sessions = 1000;
        Path out = Path.of("target/bench");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--sessions" -> sessions = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(out);
        new GatewayBench(runs, sessions, out).run();
    }

    private void run() throws Exception {
        Path work = Files.createTempDirectory("homegw-bench");
        GatewaySite site = GatewaySite.create(work.resolve("homegw"), GatewayProcess.distributionDir(),
                java.util.Map.of());
        try (LabAcs acs = LabAcs.start(LabAcsConfig.builder().connectionRequestCredentials(new Credentials("u", "p"))
                .build())) {
            Path cds = Boolean.getBoolean("bench.skipCold") ? null : coldStart(acs, new SiteAndWork(site, work));
            warmGateway(acs, site, work, cds);
        } finally {
            if (Boolean.getBoolean("bench.keep")) { // -Dbench.keep=true: gateway output and state stay
                System.out.println("kept: " + work);
            } else {
                BenchSupport.deleteTree(work);
            }
        }
        report();
    }

    /**
     * bin/homegw exec → first Inform POST at the ACS, each run with a fresh state directory. The first
     * start has no class-data archive and no framework cache (bin/homegw writes the archive into the
     * state directory at exit, the launcher keeps Felix's cache there); the next one checks and adopts
     * the archive (not counted); the counted runs start with a copy of the previous run's archive and
     * framework cache ({@code cds/}, {@code felix-cache/} and its record {@code felix-cache.bundles})
     * in their fresh state directory, as a device does from its second power-on on.
     */
    private Path coldStart(LabAcs acs, SiteAndWork sw) throws Exception {
        Figure first = figure("first start: exec bin/homegw -> first Inform (no class archive yet)", "ms", "<= 1000",
                "fresh state dir, AppCDS archive written at exit");
        Figure f = figure("cold start: exec bin/homegw -> first Inform at the ACS", "ms", "<= 1000",
                "fresh state dir + the class archive and framework cache of an earlier start");
        Figure cpu = figure("cold start CPU: JVM utime+stime when the ACS has the first Inform", "ms", "-",
                "as cold start; less sensitive to other load than the wall-clock figure");
        Path previous = null;
        for (int i = 0; i < runs + 2; i++) {
            Path state = sw.work().resolve("cold-" + i);
            GatewaySite.seedConnectionRequestSettings(state);
            if (previous != null) {
                for (String kept : KEPT_BY_A_DEVICE) {
                    carry(previous.resolve(kept), state.resolve(kept));
                }
            }
            ColdRun run = coldRun(acs, sw.site(), state, sw.work().resolve("cold-" + i + ".out"));
            if (i == 0) {
                first.add(run.millis());
            } else if (i > 1) {
                f.add(run.millis());
                cpu.add(run.cpuMillis());
            }
            previous = state;
        }
        return previous.resolve("cds");
    }

    /** What a device's state directory keeps from one start to the next that makes a start quicker. */
    private static final List<String> KEPT_BY_A_DEVICE = List.of("cds", "felix-cache", "felix-cache.bundles");

    private static void carry(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            BenchSupport.copyTree(from, to);
        } else if (Files.isRegularFile(from)) {
            Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private record SiteAndWork(GatewaySite site, Path work) {
    }

    private record ColdRun(double millis, double cpuMillis) {
    }

    private ColdRun coldRun(LabAcs acs, GatewaySite site, Path state, Path output) throws Exception {
        long mark = acs.mark();
        Instant exec = Instant.now();
        GatewayProcess gw = GatewayProcess.start(GatewayProcess.command(site.launcher(), state, acs.url(),
                BenchSupport.freePort(), List.of()), output);
        try {
            LogEntry.InformReceived first = acs.await(LogEntry.InformReceived.class, "*", mark, e -> true, TIMEOUT);
            double cpuMillis = BenchSupport.cpuTicks(gw.pid()) * 10.0; // 100 ticks per second
            BenchSupport.awaitIdle(acs, first.device().serialNumber());
            int code = gw.stop();
            if (code != 0) {
                throw new IllegalStateException("gateway exit code " + code + ":\n" + gw.output());
            }
            return new ColdRun(Duration.between(exec, first.time()).toNanos() / 1e6, cpuMillis);
        } finally {
            gw.close();
        }
    }

    /** One gateway: Connection Request sessions, CPU, RSS, heap, then full-tree GetParameterValues. */
    private void warmGateway(LabAcs acs, GatewaySite site, Path work, Path cds) throws Exception {
        int crPort = BenchSupport.freePort();
        GatewaySite.seedConnectionRequestSettings(work.resolve("warm"));
        if (cds != null && Files.isDirectory(cds)) { // runs like a device after its first start
            BenchSupport.copyTree(cds, work.resolve("warm/cds"));
        }
        long mark = acs.mark();
        // STUN on (towards a port nobody serves) opens the UDP Connection Request port, as in CwmpRpcIT
        GatewayProcess gw = GatewayProcess.start(GatewayProcess.command(site.launcher(), work.resolve("warm"),
                acs.url(), crPort, List.of(MS + "STUNEnable=true", MS + "STUNServerAddress=127.0.0.1",
                        MS + "STUNServerPort=" + BenchSupport.freePort())), work.resolve("warm.out"));
        try {
            String device = acs.await(LogEntry.InformReceived.class, "*", mark, i -> i.parameter(
                    "ManagementServer.ConnectionRequestURL").filter(u -> !u.isEmpty()).isPresent(), TIMEOUT)
                    .device().serialNumber();
            BenchSupport.awaitIdle(acs, device);
            long pid = gw.pid();

            Figure latency = figure("Connection Request -> first Inform at the ACS", "ms", "p50 <= 5, p99 <= 20",
                    "HTTP, Digest handshake included; " + (sessions - WARM_UP_SESSIONS) + " requests after "
                            + WARM_UP_SESSIONS + " warm-up");
            Figure warming = figure("CPU per CR session while the JIT warms (sessions " + (WARM_UP_SESSIONS + 1)
                    + "-" + sessions + ")", "ms", "-", "/proc/<pid>/stat utime+stime over blocks of sessions");
            crSessions(acs, device, pid, sessions, WARM_UP_SESSIONS, latency, warming);
            Figure p99 = figure("Connection Request -> first Inform, p99", "ms", "<= 20", "same requests");
            p99.add(latency.percentile(99));

            figure("RSS after " + sessions + " sessions", "MB", "<= 64", "VmRSS from /proc/<pid>/status")
                    .add(BenchSupport.rssKb(pid) / 1024.0);
            if (String.valueOf(System.getenv("HOMEGW_JAVA_OPTS")).contains("NativeMemoryTracking")) {
                // profiling aid: HOMEGW_JAVA_OPTS=-XX:NativeMemoryTracking=summary gives where the RSS goes
                Files.writeString(out.resolve("native-memory.txt"), HeapWatch.jcmd(pid, "VM.native_memory", "summary"));
            }
            if (Boolean.getBoolean("bench.smaps")) { // -Dbench.smaps=true: the mappings and threads behind the RSS
                BenchSupport.writeMemoryMaps(pid, out);
                for (String command : List.of("VM.metaspace", "VM.classloader_stats", "Compiler.codecache")) {
                    Files.writeString(out.resolve(command + ".txt"), HeapWatch.jcmd(pid, command));
                }
                if (String.valueOf(System.getenv("HOMEGW_JAVA_OPTS")).contains("NativeMemoryTracking=detail")) {
                    Files.writeString(out.resolve("native-memory-detail.txt"),
                            HeapWatch.jcmd(pid, "VM.native_memory", "detail"));
                }
            }
            figure("live heap after full GC", "MB", "<= 16", "jcmd GC.class_histogram total")
                    .add(BenchSupport.liveHeapBytes(pid) / (1024.0 * 1024.0));

            // "warm": after the 1,000 sessions above the JIT has compiled the session path (C1 compiles a
            // method after some 200 calls, and its queue delays that), so these sessions show its steady cost
            int measured = sessions - WARM_UP_SESSIONS;
            Figure cpu = figure("CPU per warm CR session (CR + Inform + empty POST), after " + sessions
                    + " sessions", "ms", "<= 1", "/proc/<pid>/stat utime+stime over blocks of sessions");
            java.util.Map<String, Long> threadsBefore = ThreadCpu.snapshot(pid);
            crSessions(acs, device, pid, measured, 0, null, cpu);
            threadCpu = "CPU by thread over the " + measured + " warm sessions:\n"
                    + ThreadCpu.perSession(threadsBefore, ThreadCpu.snapshot(pid), measured);

            udpConnectionRequests(acs, device);

            Figure gpvTime = figure("GetParameterValues Device.: request sent -> response received at the ACS",
                    "ms", "<= 30", "lab ACS log times");
            Figure gpvBytes = figure("GetParameterValues Device.: response size", "KB", "-",
                    "SOAP envelope as encoded by the codec");
            Figure gpvCount = figure("GetParameterValues Device.: parameters", "count", "-", "");
            for (int i = 0; i < runs + 1; i++) {
                long m = acs.mark();
                PendingRpc rpc = acs.queue(device, new GetParameterValues(List.of("Device.")));
                acs.sendConnectionRequest(device);
                GetParameterValuesResponse r = acs.awaitResponse(rpc, TIMEOUT).response(GetParameterValuesResponse.class);
                LogEntry.RpcSent sent = acs.await(LogEntry.RpcSent.class, device, m, e -> e.rpcId() == rpc.id(),
                        TIMEOUT);
                LogEntry.RpcAnswered answered = acs.await(LogEntry.RpcAnswered.class, device, m,
                        e -> e.rpcId() == rpc.id(), TIMEOUT);
                acs.awaitSessionEnd(device, m, TIMEOUT);
                if (i == 0) {
                    continue; // first one warms the code path
                }
                gpvTime.add(Duration.between(sent.time(), answered.time()).toNanos() / 1e6);
                gpvBytes.add(new CwmpEncoder().encode(Envelope.of(CwmpVersion.V1_4, CwmpHeader.ofId("1"), r)).length
                        / 1024.0);
                gpvCount.add(r.parameterList().size());
            }
            largeTree(acs, device, site, pid, work);
            int code = gw.stop();
            if (code != 0) {
                throw new IllegalStateException("gateway exit code " + code);
            }
        } finally {
            gw.close();
        }
    }

    /** UDP Connection Requests (TR-111, signed, 3 copies each) to the address the gateway reports. */
    /**
     * {@code count} Connection Request sessions one after the other; after the first {@code skip}, each
     * one's CR -> Inform latency goes to {@code latency} (if not null) and the process CPU over blocks of
     * (count - skip) / runs sessions to {@code cpu}.
     */
    private void crSessions(LabAcs acs, String device, long pid, int count, int skip, Figure latency, Figure cpu)
            throws Exception {
        int block = Math.max(1, (count - skip) / Math.max(1, runs));
        long ticksAtBlock = BenchSupport.cpuTicks(pid);
        int inBlock = 0;
        for (int i = 0; i < count; i++) {
            if (i == skip) {
                ticksAtBlock = BenchSupport.cpuTicks(pid);
                inBlock = 0;
            }
            long m = acs.mark();
            Instant sent = Instant.now();
            int status = acs.sendConnectionRequest(device).status();
            if (status != 200) {
                throw new IllegalStateException("Connection Request answered " + status);
            }
            LogEntry.InformReceived inform = acs.awaitInform(device, m, x -> true, TIMEOUT);
            acs.awaitSessionEnd(device, m, TIMEOUT);
            if (i >= skip) {
                if (latency != null) {
                    latency.add(Duration.between(sent, inform.time()).toNanos() / 1e6);
                }
                if (++inBlock == block) {
                    long now = BenchSupport.cpuTicks(pid);
                    cpu.add((now - ticksAtBlock) * 10.0 / block); // 100 ticks per second
                    ticksAtBlock = now;
                    inBlock = 0;
                }
            }
        }
    }

    private void udpConnectionRequests(LabAcs acs, String device) throws Exception {
        String address = "";
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (address.isEmpty()) { // published at the Connection Request component's next settings poll
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no UDPConnectionRequestAddress within " + TIMEOUT);
            }
            address = AcsRpcs.getValue(acs, device, MS + "UDPConnectionRequestAddress");
            if (address.isEmpty()) {
                Thread.sleep(500);
            }
        }
        int colon = address.lastIndexOf(':');
        String host = address.substring(0, colon);
        int port = Integer.parseInt(address.substring(colon + 1));
        UdpConnectionRequest sender = new UdpConnectionRequest(java.time.Clock.systemUTC(), false);
        Credentials credentials = new Credentials("u", "p");
        int requests = Math.max(100, (sessions - WARM_UP_SESSIONS) / 2);
        int warmUp = Math.max(10, WARM_UP_SESSIONS / 4);
        Figure latency = figure("UDP Connection Request -> first Inform at the ACS", "ms", "p50 <= 5, p99 <= 20",
                "TR-111 signed datagram x3 to " + address + "; " + requests + " requests after " + warmUp
                        + " warm-up");
        for (int i = 0; i < warmUp + requests; i++) {
            long m = acs.mark();
            Instant sent = Instant.now();
            sender.send(host, port, credentials);
            LogEntry.InformReceived inform = acs.awaitInform(device, m, x -> true, TIMEOUT);
            acs.awaitSessionEnd(device, m, TIMEOUT);
            if (i >= warmUp) {
                latency.add(Duration.between(sent, inform.time()).toNanos() / 1e6);
            }
        }
        figure("UDP Connection Request -> first Inform, p99", "ms", "<= 20", "same requests")
                .add(latency.percentile(99));
    }

    /**
     * GetParameterValues Device.Firewall., about 100,000 parameters: the synthetic provider bundle is
     * dropped into the gateway's deploy/ folder; the heap growth over one such request is the peak
     * heap use (flight recording started through jcmd) minus the live heap after a full GC before it.
     */
    private void largeTree(LabAcs acs, String device, GatewaySite site, long pid, Path work) throws Exception {
        SyntheticBundle.write(site.home().resolve("deploy/synthetic-firewall.jar"), SYNTHETIC_RULES);
        Instant deadline = Instant.now().plus(TIMEOUT);
        String expected = Integer.toString(SYNTHETIC_RULES);
        while (!expected.equals(AcsRpcs.getValue(acs, device, "Device.Firewall.Chain.1.RuleNumberOfEntries"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("synthetic provider bundle not serving within " + TIMEOUT);
            }
            Thread.sleep(500);
        }
        Figure time = figure("GetParameterValues Device.Firewall. (synthetic): sent -> received", "ms", "<= 1000",
                "synthetic provider bundle in deploy/: Device.Firewall. with " + SYNTHETIC_RULES + " rules (not all of"
                        + " Device.: its live process table changes while 100,000 values are written, see README)");
        Figure count = figure("GetParameterValues Device.Firewall. (synthetic): parameters", "count", "-", "");
        Figure bytes = figure("GetParameterValues Device.Firewall. (synthetic): response size", "MB", "-",
                "SOAP envelope as encoded by the codec");
        for (int i = 0; i < runs + 1; i++) {
            GetParameterValuesResponse r = AcsRpcs.timedGpv(acs, device, SyntheticFirewallProvider.ROOT,
                    i == 0 ? null : time);
            if (i > 0) {
                count.add(r.parameterList().size());
                if (i == 1) {
                    bytes.add(new CwmpEncoder().encode(Envelope.of(CwmpVersion.V1_4, CwmpHeader.ofId("1"), r)).length
                            / (1024.0 * 1024.0));
                }
            }
        }
        Figure growth = figure("GetParameterValues Device.Firewall. (synthetic): heap growth", "MB", "<= 32",
                "peak heap used (JFR GCHeapSummary, GC.heap_info at the end) - live heap before");
        long live = BenchSupport.liveHeapBytes(pid);
        HeapWatch watch;
        try {
            watch = HeapWatch.start(pid, work.resolve("heap.jfr"));
        } catch (IOException e) { // e.g. a recording of one's own in HOMEGW_JAVA_OPTS
            System.out.println("heap growth not measured: " + e.getMessage());
            return;
        }
        AcsRpcs.timedGpv(acs, device, SyntheticFirewallProvider.ROOT, null);
        growth.add((watch.stopAndPeak() - live) / (1024.0 * 1024.0));
    }

    private Figure figure(String name, String unit, String target, String note) {
        Figure f = new Figure(name, unit, target, note);
        figures.add(f);
        return f;
    }

    private void report() throws IOException {
        BenchReport.write(figures, threadCpu, out);
    }
}
