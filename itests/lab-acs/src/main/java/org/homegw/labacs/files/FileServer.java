package org.homegw.labacs.files;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.homegw.labacs.auth.HttpAuthenticator;

/**
 * Serves files for Download (GET/HEAD with single byte ranges) from one directory and stores
 * Uploads (PUT/POST) in another, optionally behind Basic or Digest authentication. File names are
 * one plain path segment: anything else is 400, so nothing outside the two directories is reachable.
 */
public final class FileServer implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(FileServer.class.getName());
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final String downloadPrefix;
    private final String uploadPrefix;
    private final Path downloadDir;
    private final Path uploadDir;
    private final long maxUpload;
    private final HttpAuthenticator auth;
    private final Clock clock;
    private final List<UploadedFile> uploads = new CopyOnWriteArrayList<>();
    private final Map<String, FileFault> faults = new ConcurrentHashMap<>();

    /**
     * @param downloadPrefix context path for downloads, e.g. {@code /files/}
     * @param uploadPrefix   context path for uploads, e.g. {@code /upload/}
     */
    public FileServer(String downloadPrefix, Path downloadDir, String uploadPrefix, Path uploadDir,
                      long maxUpload, HttpAuthenticator auth, Clock clock) {
        this.downloadPrefix = downloadPrefix;
        this.uploadPrefix = uploadPrefix;
        this.downloadDir = downloadDir;
        this.uploadDir = uploadDir;
        this.maxUpload = maxUpload;
        this.auth = auth;
        this.clock = clock;
    }

    /** Every upload stored so far, oldest first. */
    public List<UploadedFile> uploads() {
        return List.copyOf(uploads);
    }

    /** Makes every later GET of {@code name} misbehave as {@code fault}; null serves it normally again. */
    public void fileFault(String name, FileFault fault) {
        if (fault == null) {
            faults.remove(name);
        } else {
            faults.put(name, fault);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawPath = exchange.getRequestURI().getRawPath();
            String rawUri = exchange.getRequestURI().getRawQuery() == null ? rawPath
                    : rawPath + "?" + exchange.getRequestURI().getRawQuery();
            HttpAuthenticator.Verdict verdict = auth.check(exchange.getRequestMethod(), rawUri,
                    exchange.getRequestHeaders().getFirst("Authorization"));
            if (verdict instanceof HttpAuthenticator.Challenge c) {
                drainRequest(exchange);
                c.wwwAuthenticate().forEach(h -> exchange.getResponseHeaders().add("WWW-Authenticate", h));
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String method = exchange.getRequestMethod();
            if (rawPath.startsWith(downloadPrefix) && (method.equals("GET") || method.equals("HEAD"))) {
                serve(exchange, rawPath.substring(downloadPrefix.length()), method.equals("HEAD"));
            } else if (rawPath.startsWith(uploadPrefix) && (method.equals("PUT") || method.equals("POST"))) {
                store(exchange, rawPath.substring(uploadPrefix.length()), method);
            } else {
                drainRequest(exchange);
                exchange.getResponseHeaders().set("Allow", rawPath.startsWith(uploadPrefix) ? "PUT, POST" : "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    private void serve(HttpExchange exchange, String rawName, boolean headOnly) throws IOException {
        String name = safeName(rawName);
        if (name == null) {
            exchange.sendResponseHeaders(400, -1);
            return;
        }
        Path file = downloadDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteRange.Parsed parsed = ByteRange.parse(exchange.getRequestHeaders().getFirst("Range"), size);
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            long start = 0;
            long length = size;
            int status = 200;
            if (parsed instanceof ByteRange.Unsatisfiable) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
                exchange.sendResponseHeaders(416, -1);
                return;
            }
            if (parsed instanceof ByteRange.Part part) {
                start = part.range().first();
                length = part.range().length();
                status = 206;
                exchange.getResponseHeaders().set("Content-Range",
                        "bytes " + part.range().first() + "-" + part.range().last() + "/" + size);
            }
            if (headOnly) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
            FileFault fault = faults.get(name);
            if (fault instanceof FileFault.Truncate t && t.bytes() < length) {
                OutputStream out = exchange.getResponseBody();
                ch.transferTo(start, t.bytes(), Channels.newChannel(out));
                out.flush();
                LOG.log(System.Logger.Level.INFO, "served {0}: programmed truncation after {1} of {2} bytes", name,
                        String.valueOf(t.bytes()), String.valueOf(length));
                // the exchange is closed with bytes missing: the JDK server drops the connection
                throw new IOException("programmed truncation of " + name);
            }
            if (length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    if (fault instanceof FileFault.Throttle slow) {
                        sendSlowly(ch, start, length, out, slow.bytesPerSecond());
                    } else {
                        ch.transferTo(start, length, Channels.newChannel(out));
                    }
                }
            }
            LOG.log(System.Logger.Level.INFO, "served {0} ({1} bytes, HTTP {2}) to {3}", name, String.valueOf(length), String.valueOf(status),
                    exchange.getRemoteAddress());
        }
    }

    /** Chunks of at most 4 KiB, each followed by the pause that keeps the rate; ends when the client goes. */
    private static void sendSlowly(FileChannel ch, long start, long length, OutputStream out, long bytesPerSecond)
            throws IOException {
        int chunk = (int) Math.max(1, Math.min(4096, bytesPerSecond / 10));
        long pauseMillis = Math.max(1, chunk * 1000L / bytesPerSecond);
        for (long sent = 0; sent < length; ) {
            long n = Math.min(chunk, length - sent);
            ch.transferTo(start + sent, n, Channels.newChannel(out));
            out.flush();
            sent += n;
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while throttling", e);
            }
        }
    }

    private void store(HttpExchange exchange, String rawName, String method) throws IOException {
        String name = safeName(rawName);
        if (name == null) {
            drainRequest(exchange);
            exchange.sendResponseHeaders(400, -1);
            return;
        }
        Files.createDirectories(uploadDir);
        Path tmp = Files.createTempFile(uploadDir, ".upload-", ".part");
        long size = 0;
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        boolean ok = false;
        try {
            try (InputStream in = exchange.getRequestBody();
                 FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = new DigestOutputStream(Channels.newOutputStream(ch), sha)) {
                byte[] buf = new byte[16 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    size += n;
                    if (size > maxUpload) {
                        LOG.log(System.Logger.Level.WARNING, "upload {0} refused: larger than {1} bytes", name,
                                String.valueOf(maxUpload));
                        exchange.sendResponseHeaders(413, -1);
                        return;
                    }
                    out.write(buf, 0, n);
                }
                out.flush();
                ch.force(true);
            }
            Path target = uploadDir.resolve(name);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            ok = true;
            UploadedFile u = new UploadedFile(name, target, size, HexFormat.of().formatHex(sha.digest()),
                    clock.instant(), String.valueOf(exchange.getRemoteAddress()), method);
            uploads.add(u);
            LOG.log(System.Logger.Level.INFO, "stored upload {0} ({1} bytes) from {2}", name, String.valueOf(size),
                    u.remote());
            exchange.sendResponseHeaders(method.equals("PUT") ? 201 : 200, -1);
        } finally {
            if (!ok) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (NoSuchFileException ignored) {
                    // already gone
                }
            }
        }
    }

    /** The decoded single path segment if it is a plain file name, else null. */
    static String safeName(String rawName) {
        String name;
        try {
            name = URLDecoder.decode(rawName.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return SAFE_NAME.matcher(name).matches() && !name.contains("..") ? name : null;
    }

    /** Reads (at most 1 MiB of) an unwanted request body; InputStream.skip blocks on the JDK server's empty bodies. */
    private static void drainRequest(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buf = new byte[8192];
            int total = 0;
            int n;
            while (total < (1 << 20) && (n = in.read(buf)) > 0) {
                total += n;
            }
        }
    }
}
