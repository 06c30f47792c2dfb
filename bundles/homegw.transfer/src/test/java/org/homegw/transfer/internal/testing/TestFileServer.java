package org.homegw.transfer.internal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A file server on 127.0.0.1 (ephemeral port) for transfer tests: files with Range support,
 * Basic/Digest protection, cut-short bodies, redirects, fixed statuses, PUT targets, and a body
 * that stalls halfway until released (for crash tests). Records every request.
 */
public final class TestFileServer implements AutoCloseable {

    /** One request as received. */
    public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private interface Route {
        void serve(HttpExchange ex, byte[] body) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, String[]> protection = new ConcurrentHashMap<>();
    private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final String scheme;

    private TestFileServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    public static TestFileServer http() throws IOException {
        return new TestFileServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), "http");
    }

    public static TestFileServer https(SSLContext tls) throws IOException {
        HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new TestFileServer(s, "https");
    }

    public URI uri(String path) {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code content}; honours "Range: bytes=N-" with 206 and an ETag. */
    public void file(String path, byte[] content) {
        file(path, content, 0);
    }

    /** Like {@link #file(String, byte[])}, pausing {@code pauseMillis} after every 16 KiB (a slow link). */
    public void file(String path, byte[] content, int pauseMillis) {
        String etag = etagOf(content);
        routes.put(path, (ex, body) -> {
            ex.getResponseHeaders().add("ETag", etag);
            String range = ex.getRequestHeaders().getFirst("Range");
            String ifRange = ex.getRequestHeaders().getFirst("If-Range");
            if (range != null && (ifRange == null || ifRange.equals(etag))) {
                Matcher m = Pattern.compile("bytes=(\\d+)-").matcher(range);
                if (m.matches()) {
                    int from = Integer.parseInt(m.group(1));
                    if (from >= content.length) {
                        ex.sendResponseHeaders(416, -1);
                        return;
                    }
                    ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (content.length - 1) + "/"
                            + content.length);
                    ex.sendResponseHeaders(206, content.length - from);
                    try (OutputStream out = ex.getResponseBody()) {
                        send(out, content, from, pauseMillis);
                    }
                    return;
                }
            }
            ex.sendResponseHeaders(200, content.length);
            try (OutputStream out = ex.getResponseBody()) {
                send(out, content, 0, pauseMillis);
            }
        });
    }

    private static void send(OutputStream out, byte[] content, int from, int pauseMillis) throws IOException {
        if (pauseMillis <= 0) {
            out.write(content, from, content.length - from);
            return;
        }
        for (int i = from; i < content.length; i += 16 * 1024) {
            out.write(content, i, Math.min(16 * 1024, content.length - i));
            out.flush();
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
    }

    /** Announces the full length but sends only {@code sent} bytes, then drops the connection (every time). */
    public void truncated(String path, byte[] content, int sent) {
        routes.put(path, (ex, body) -> {
            ex.sendResponseHeaders(200, content.length);
            OutputStream out = ex.getResponseBody();
            out.write(content, 0, sent);
            out.flush();
            // a handler that throws makes the JDK server drop the connection mid-body
            throw new IllegalStateException("dropping the connection after " + sent + " bytes");
        });
    }

    /** Sends the first half of {@code content}, then waits for {@code release} and sends the rest. */
    public void stalling(String path, byte[] content, CountDownLatch halfSent, CountDownLatch release) {
        routes.put(path, (ex, body) -> {
            ex.getResponseHeaders().add("ETag", etagOf(content));
            ex.sendResponseHeaders(200, content.length);
            OutputStream out = ex.getResponseBody();
            out.write(content, 0, content.length / 2);
            out.flush();
            halfSent.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                out.write(content, content.length / 2, content.length - content.length / 2);
                out.close();
            } catch (IOException gone) {
                // the client went away
            }
        });
    }

    public void status(String path, int status) {
        routes.put(path, (ex, body) -> ex.sendResponseHeaders(status, -1));
    }

    public void redirect(String path, String location) {
        routes.put(path, (ex, body) -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(302, -1);
        });
    }

    /** Accepts PUT and keeps the body (see {@link #uploaded}). */
    public void putTarget(String path) {
        routes.put(path, (ex, body) -> {
            uploads.put(path, body);
            ex.sendResponseHeaders(201, -1);
        });
    }

    public byte[] uploaded(String path) {
        return uploads.get(path);
    }

    /** Requires Basic credentials for {@code path}. */
    public void basic(String path, String user, String password) {
        protection.put(path, new String[] {"Basic", user, password});
    }

    /** Requires Digest (MD5, qop=auth) credentials for {@code path}. */
    public void digest(String path, String user, String password) {
        protection.put(path, new String[] {"Digest", user, password});
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void dispatch(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            String path = ex.getRequestURI().getPath();
            requests.add(new Request(ex.getRequestMethod(), path, Map.copyOf(ex.getRequestHeaders()), body));
            String[] prot = protection.get(path);
            if (prot != null && !authorized(ex, prot)) {
                ex.getResponseHeaders().add("WWW-Authenticate", prot[0].equals("Basic") ? "Basic realm=\"files\""
                        : "Digest realm=\"files\", qop=\"auth\", nonce=\"n0nce42\", algorithm=MD5, opaque=\"op\"");
                ex.sendResponseHeaders(401, -1);
                return;
            }
            Route r = routes.get(path);
            if (r == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            r.serve(ex, body);
        }
    }

    private static boolean authorized(HttpExchange ex, String[] prot) {
        String h = ex.getRequestHeaders().getFirst("Authorization");
        if (h == null) {
            return false;
        }
        if (prot[0].equals("Basic")) {
            String expected = "Basic " + Base64.getEncoder().encodeToString((prot[1] + ":" + prot[2])
                    .getBytes(StandardCharsets.UTF_8));
            return h.equals(expected);
        }
        if (!h.startsWith("Digest ")) {
            return false;
        }
        Map<String, String> p = new java.util.HashMap<>();
        Matcher m = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))").matcher(h.substring(7));
        while (m.find()) {
            p.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        String ha1 = md5(prot[1] + ":files:" + prot[2]);
        String ha2 = md5(ex.getRequestMethod() + ":" + p.get("uri"));
        String expected = md5(ha1 + ":n0nce42:" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
        return prot[1].equals(p.get("username")) && "n0nce42".equals(p.get("nonce"))
                && ex.getRequestURI().toString().equals(p.get("uri")) && expected.equals(p.get("response"))
                && "op".equals(p.get("opaque"));
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ETag this server gives {@code content}. */
    public static String etagOf(byte[] content) {
        return "\"" + HexFormat.of().formatHex(sha(content), 0, 8) + "\"";
    }

    private static byte[] sha(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
