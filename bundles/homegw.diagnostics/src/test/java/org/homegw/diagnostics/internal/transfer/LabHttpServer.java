package org.homegw.diagnostics.internal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;

/**
 * The TR-143 test server on 127.0.0.1 (ephemeral port): GET /bytes/N sends N bytes (Content-Length),
 * GET /chunked/N sends N bytes chunked, GET /missing answers 404, GET /stall sends headers then
 * waits until released, PUT /upload counts what it receives (Content-Length or chunked) and answers 204,
 * GET /paced/R streams R bytes per second (8 KiB blocks) until the client goes away.
 */
public final class LabHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    public final AtomicLong uploaded = new AtomicLong();
    final CountDownLatch stalled = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    public LabHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(threads);
        server.createContext("/bytes/", x -> {
            long n = Long.parseLong(x.getRequestURI().getPath().substring(7));
            x.sendResponseHeaders(200, n == 0 ? -1 : n);
            write(x.getResponseBody(), n);
        });
        server.createContext("/chunked/", x -> {
            long n = Long.parseLong(x.getRequestURI().getPath().substring(9));
            x.sendResponseHeaders(200, 0);
            write(x.getResponseBody(), n);
        });
        server.createContext("/paced/", x -> {
            long rate = Long.parseLong(x.getRequestURI().getPath().substring(7));
            x.sendResponseHeaders(200, 0);
            byte[] block = new byte[8192];
            try (OutputStream out = x.getResponseBody()) {
                long start = System.nanoTime();
                for (long sent = 0; ; sent += block.length) {
                    long due = start + sent * 1_000_000_000L / rate;
                    long wait = (due - System.nanoTime()) / 1_000_000L;
                    if (wait > 0) {
                        Thread.sleep(wait);
                    }
                    out.write(block);
                    out.flush();
                }
            } catch (IOException | InterruptedException gone) {
                // the client ended its time-based test
            }
        });
        server.createContext("/missing", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.createContext("/stall", x -> {
            x.sendResponseHeaders(200, 1000);
            x.getResponseBody().flush();
            stalled.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.close();
        });
        server.createContext("/upload", x -> {
            long n = 0;
            try (InputStream in = x.getRequestBody()) {
                byte[] buf = new byte[65536];
                for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
                    n += r;
                }
            }
            uploaded.addAndGet(n);
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        server.start();
    }

    private static void write(OutputStream out, long n) throws IOException {
        byte[] block = new byte[8192];
        try (out) {
            for (long left = n; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() throws InterruptedException {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }
}
