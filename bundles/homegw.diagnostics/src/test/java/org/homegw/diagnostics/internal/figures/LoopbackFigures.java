package org.homegw.diagnostics.internal.figures;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.homegw.diagnostics.internal.core.Harness;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.ping.IpPingTest;
import org.homegw.diagnostics.internal.ping.ReachabilityPing;
import org.homegw.diagnostics.internal.transfer.DownloadTest;
import org.homegw.diagnostics.internal.transfer.LabHttpServer;
import org.homegw.diagnostics.internal.transfer.UploadTest;

/**
 * Prints what the diagnostics measure on loopback (not a unit test): TR-143 download/upload rate
 * from BOMTime..EOMTime for 1 and 4 connections, and the Java-fallback IPPing round trip.
 * Run: java -cp target/classes:target/test-classes:$(cat cp.txt) org.homegw.diagnostics.internal.figures.LoopbackFigures
 */
public final class LoopbackFigures {

    private LoopbackFigures() {
    }

    public static void main(String[] args) throws Exception {
        HostResolver resolver = host -> new InetAddress[] {InetAddress.getByName(host)};
        Path net = Path.of("/sys/class/net");
        long size = 200L * 1024 * 1024;
        System.out.printf("%-10s %5s %14s %12s %10s %14s%n", "test", "conns", "test bytes", "BOM..EOM ms", "Mbit/s",
                "full-load bytes");
        try (LabHttpServer http = new LabHttpServer()) {
            for (int conns : List.of(1, 4)) {
                try (Harness d = new Harness(new DownloadTest(resolver, Clock.systemUTC(), net, 30_000))) {
                    d.set("DownloadURL", http.url("/bytes/" + size / conns), "NumberOfConnections",
                            Integer.toString(conns), "DiagnosticsState", "Requested");
                    d.awaitCompletion();
                    row("download", conns, d, "TestBytesReceived");
                }
                try (Harness u = new Harness(new UploadTest(resolver, Clock.systemUTC(), net, 30_000, size))) {
                    u.set("UploadURL", http.url("/upload"), "TestFileLength", Long.toString(size / conns),
                            "NumberOfConnections", Integer.toString(conns), "DiagnosticsState", "Requested");
                    u.awaitCompletion();
                    row("upload", conns, u, "TestBytesSent");
                }
            }
        }
        try (Harness p = new Harness(new IpPingTest(resolver, List.of(new ReachabilityPing(0))))) {
            p.set("Host", "127.0.0.1", "NumberOfRepetitions", "20", "DiagnosticsState", "Requested");
            p.awaitCompletion();
            System.out.printf("IPPing 127.0.0.1 x20 (java fallback): success %s, min/avg/max %s/%s/%s us%n",
                    p.get("SuccessCount"), p.get("MinimumResponseTimeDetailed"), p.get("AverageResponseTimeDetailed"),
                    p.get("MaximumResponseTimeDetailed"));
        }
    }

    private static void row(String name, int conns, Harness h, String bytesParam) {
        long bytes = Long.parseLong(h.get(bytesParam));
        Duration d = Duration.between(Instant.parse(h.get("BOMTime")), Instant.parse(h.get("EOMTime")));
        double ms = d.toNanos() / 1e6;
        System.out.printf("%-10s %5d %14d %12.1f %10.0f %14s%n", name, conns, bytes, ms, bytes * 8 / (ms * 1000),
                h.get(bytesParam + "UnderFullLoading"));
    }
}
