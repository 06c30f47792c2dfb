package org.homegw.transfer.internal.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpServer;

import org.homegw.transfer.internal.http.Credentials;
import org.homegw.transfer.internal.http.DownloadProgress;
import org.homegw.transfer.internal.http.FileServerClient;
import org.homegw.transfer.internal.http.HttpAuthorization;

/**
 * Download throughput and heap for a large image over loopback (not a unit test). The server
 * generates the body on the fly, so only the client's memory counts. Run with a small heap to show
 * the memory bound, e.g.:
 * <pre>
 * mvn -B -o -q -pl bundles/homegw.transfer test-compile
 * java -Xmx32m -cp bundles/homegw.transfer/target/classes:bundles/homegw.transfer/target/test-classes \
 *      org.homegw.transfer.internal.bench.DownloadBenchmark 200
 * </pre>
 */
public final class DownloadBenchmark {

    private DownloadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long mib = args.length > 0 ? Long.parseLong(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long size = mib * 1024 * 1024;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/big.img", ex -> {
            ex.sendResponseHeaders(200, size);
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (byte) (i * 31);
            }
            try (OutputStream out = ex.getResponseBody()) {
                for (long left = size; left > 0; left -= chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, left));
                }
            }
        });
        server.start();
        Path dir = Files.createTempDirectory("homegw-bench");
        Path part = dir.resolve("big.part");
        try {
            FileServerClient client = new FileServerClient(new FileServerClient.Settings(
                    SSLContext.getDefault().getSocketFactory(), Duration.ofSeconds(5), Duration.ofSeconds(30)),
                    new HttpAuthorization(new SecureRandom()));
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/big.img");
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.out.printf("%-5s %10s %10s %12s %16s%n", "run", "MiB", "seconds", "MiB/s", "peak heap MiB");
            for (int run = 1; run <= runs; run++) {
                Files.deleteIfExists(part);
                System.gc();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                long t0 = System.nanoTime();
                FileServerClient.Downloaded d = client.download(uri, Credentials.NONE, part, "", size, DownloadProgress.NONE);
                double secs = (System.nanoTime() - t0) / 1e9;
                long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                if (d.size() != size) {
                    throw new IllegalStateException("got " + d.size() + " bytes");
                }
                System.out.printf("%-5d %10d %10.2f %12.1f %16.1f%n", run, mib, secs, mib / secs, peak / 1048576.0);
            }
            System.out.printf("max heap (-Xmx): %.0f MiB%n", Runtime.getRuntime().maxMemory() / 1048576.0);
        } finally {
            server.stop(0);
            Files.deleteIfExists(part);
            Files.deleteIfExists(dir);
        }
    }
}
