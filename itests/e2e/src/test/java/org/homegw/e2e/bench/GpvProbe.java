package org.homegw.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homegw.e2e.GatewayProcess;
import org.homegw.e2e.GatewaySite;
import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LabAcsConfig;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.auth.Credentials;

/**
 * A profiling aid next to {@link GatewayBench}: one gateway of the assembled distribution against an
 * in-process lab ACS, WARM GetParameterValues of PATH (default "Device.") that are not counted, then
 * N that are: prints the median/min/max of request sent -> response received (as the bench measures
 * it) and the gateway's CPU (utime+stime) per GetParameterValues session, whole process and by
 * thread, with the load average. CPU per session is the figure to compare on a shared machine.
 * HOMEGW_JAVA_OPTS reaches the gateway (e.g. a flight recording). Run after a build of the
 * distribution and of this module's test classes:
 * <pre>
 * mvn -B -o -q -pl distribution,itests/e2e -am package -DskipTests
 * mvn -B -o -q -pl itests/e2e -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=/tmp/cp.txt     (with -am: the reactor's classes, not stale snapshots in ~/.m2)
 * java -Dhomegw.distribution.dir=distribution/target/homegw \
 *      -cp itests/e2e/target/test-classes:$(cat /tmp/cp.txt) org.homegw.e2e.bench.GpvProbe 30 100 [PATH]
 * </pre>
 */
public final class GpvProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private GpvProbe() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("org.homegw.labacs").setLevel(java.util.logging.Level.WARNING);
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: GpvProbe WARM N [PATH]");
        }
        int warm = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        String path = args.length > 2 ? args[2] : "Device.";
        Path work = Files.createTempDirectory("homegw-probe");
        GatewaySite site = GatewaySite.create(work.resolve("homegw"), GatewayProcess.distributionDir(), Map.of());
        try (LabAcs acs = LabAcs.start(LabAcsConfig.builder().connectionRequestCredentials(new Credentials("u", "p"))
                .build())) {
            GatewaySite.seedConnectionRequestSettings(work.resolve("state"));
            long mark = acs.mark();
            GatewayProcess gw = GatewayProcess.start(GatewayProcess.command(site.launcher(), work.resolve("state"),
                    acs.url(), BenchSupport.freePort(), List.of()), work.resolve("gateway.out"));
            try {
                String device = acs.await(LogEntry.InformReceived.class, "*", mark, i -> i.parameter(
                        "ManagementServer.ConnectionRequestURL").filter(u -> !u.isEmpty()).isPresent(), TIMEOUT)
                        .device().serialNumber();
                BenchSupport.awaitIdle(acs, device);
                measure(acs, device, gw.pid(), path, warm, n);
                gw.stop();
            } finally {
                gw.close();
            }
        } finally {
            BenchSupport.deleteTree(work);
        }
    }

    private static void measure(LabAcs acs, String device, long pid, String path, int warm, int n) throws Exception {
        for (int i = 0; i < warm; i++) {
            AcsRpcs.timedGpv(acs, device, path, null);
        }
        Figure wall = new Figure("GetParameterValues " + path, "ms", "", "");
        long ticks = BenchSupport.cpuTicks(pid);
        Map<String, Long> threads = ThreadCpu.snapshot(pid);
        int parameters = 0;
        for (int i = 0; i < n; i++) {
            parameters = AcsRpcs.timedGpv(acs, device, path, wall).parameterList().size();
        }
        long used = BenchSupport.cpuTicks(pid) - ticks;
        System.out.printf(Locale.ROOT, "%s: %d parameters, %d warm-up + %d measured; sent -> received median %.2f"
                + " min %.2f max %.2f ms; process CPU %.2f ms per GPV session; loadavg %s%n", path, parameters, warm,
                n, wall.median(), wall.min(), wall.max(), used * 10.0 / Math.max(1, n),
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.print(ThreadCpu.perSession(threads, ThreadCpu.snapshot(pid), Math.max(1, n)));
    }
}
