package org.homegw.swmod.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A file server on 127.0.0.1 for deployment units; paths under /secure/ need Basic user:secret. */
final class FileServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final CountDownLatch stalled = new CountDownLatch(1);

    FileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            try {
                serve(ex);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    /** Publishes a file and answers its URL. */
    String put(String path, byte[] content) {
        files.put(path, content);
        return url(path);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void serve(HttpExchange ex) throws IOException, InterruptedException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/secure/")) {
                String expected = "Basic " + Base64.getEncoder().encodeToString("user:secret".getBytes(StandardCharsets.UTF_8));
                if (!expected.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                    ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"du\"");
                    ex.sendResponseHeaders(401, -1);
                    return;
                }
            }
            if (path.startsWith("/stall/")) {
                // headers, a few bytes, then nothing until the client gives up
                ex.sendResponseHeaders(200, 1024 * 1024);
                ex.getResponseBody().write(new byte[64 * 1024]);
                ex.getResponseBody().flush();
                stalled.await();
                return;
            }
            byte[] body = files.get(path);
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        stalled.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
