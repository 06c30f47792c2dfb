package org.homegw.cwmp.client.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;

/**
 * Figures harness (not a test): warm Inform session cost and a 100,000-parameter GetParameterValues
 * over loopback HTTP with the real codec and transport, against the scripted ACS and the in-memory
 * test data model. Prints a table. Run: see the module's README section in the report.
 */
public final class SessionFigures {

    /** Held so the level stays set (JUL keeps loggers weakly). */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.homegw");

    public static void main(String[] args) throws Exception {
        // per-session INFO lines would dominate the figures (exec:java runs inside Maven's JVM)
        QUIET.setLevel(java.util.logging.Level.WARNING);
        // the scripted ACS is a JDK HttpServer: without TCP_NODELAY its Nagle delays dominate wall times
        System.setProperty("sun.net.httpserver.nodelay", "true");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Path state = Files.createTempDirectory("homegw-figures");
        try (ScriptedAcs acs = new ScriptedAcs()) {
            acs.recordPosts = false;
            ClientStack cpe = new ClientStack(state, acs.url());
            // the shipped data model (device-2.19) has every ManagementServer parameter the agent reads
            // at each decision, the fake only a few: without them the figure would time a fallback path
            String ms = "Device.ManagementServer.";
            String unknownTime = "0001-01-01T00:00:00Z";
            cpe.model.put(ms + "EnableCWMP", "true", "boolean", true)
                    .put(ms + "PeriodicInformTime", unknownTime, "dateTime", true)
                    .put(ms + "CWMPRetryMinimumWaitInterval", "5", "unsignedInt", true)
                    .put(ms + "CWMPRetryIntervalMultiplier", "2000", "unsignedInt", true)
                    .put(ms + "DefaultActiveNotificationThrottle", "0", "unsignedInt", true)
                    .put(ms + "HTTPCompression", "Disabled", "string", true)
                    .put(ms + "HeartbeatPolicy.Enable", "false", "boolean", true)
                    .put(ms + "HeartbeatPolicy.ReportingInterval", "86400", "unsignedInt", true)
                    .put(ms + "HeartbeatPolicy.InitiationTime", unknownTime, "dateTime", true);
            cpe.agent.start();
            cpe.time.runDue();
            int warmup = 100;
            int runs = 500;
            long[] cpu = new long[runs];
            long[] wall = new long[runs];
            for (int i = 0; i < warmup + runs; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                cpe.agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
                cpe.time.runDue();
                if (i >= warmup) {
                    cpu[i - warmup] = mx.getCurrentThreadCpuTime() - c0;
                    wall[i - warmup] = System.nanoTime() - w0;
                }
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf("%-55s %12s%n", "figure", "value");
            System.out.printf("%-55s %9.2f ms%n", "warm Inform session, CPE thread CPU, median (n=" + runs + ")",
                    cpu[runs / 2] / 1e6);
            System.out.printf("%-55s %9.2f ms%n", "warm Inform session, wall time, median", wall[runs / 2] / 1e6);
            System.out.printf("%-55s %9.2f ms%n", "warm Inform session, wall time, p99", wall[runs * 99 / 100] / 1e6);

            int params = 100_000;
            for (int i = 1; i <= params / 2; i++) {
                cpe.model.put("Device.Hosts.Host." + i + ".HostName", "host-" + i, "string", false);
                cpe.model.put("Device.Hosts.Host." + i + ".Active", "true", "boolean", false);
            }
            for (int round = 0; round < 3; round++) {
                acs.recordPosts = true;
                acs.answersToRpcs.clear();
                acs.largestBody = 0;
                acs.rpcs.add(new GetParameterValues(List.of("Device.")));
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                cpe.agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
                cpe.time.runDue();
                long w = System.nanoTime() - w0;
                long c = mx.getCurrentThreadCpuTime() - c0;
                int got = ((GetParameterValuesResponse) acs.answersToRpcs.get(0)).parameterList().size();
                acs.posts.clear();
                System.out.printf("%-55s %9.0f ms%n", "GPV Device. (" + got + " values) session wall, run " + (round + 1), w / 1e6);
                System.out.printf("%-55s %9.0f ms%n", "  CPE thread CPU (count pass + streamed encode + HTTP)", c / 1e6);
                System.out.printf("%-55s %9d B%n", "  GetParameterValuesResponse bytes on the wire", acs.largestBody);
            }
        }
    }
}
