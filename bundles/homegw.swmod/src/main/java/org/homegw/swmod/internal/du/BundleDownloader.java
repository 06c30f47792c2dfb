package org.homegw.swmod.internal.du;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * Fetches a deployment unit over HTTP(S) into a temporary file, mapping every failure to its CWMP
 * transfer fault. TLS is verified by the JDK defaults; credentials are sent (Basic) only after the
 * server asked with 401, so they never go to a server that does not want them. Downloads are bounded.
 *
 * <p>The transfer manager (branch h/transfer) has the gateway's shared downloader; this class stands
 * in until that is on main, and should then be replaced by it.
 */
public final class BundleDownloader {

    private final HttpClient client;
    private final long maxBytes;
    private final Duration timeout;

    public BundleDownloader(long maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Downloads {@code url} into a new file in {@code dir}; the caller deletes it. */
    public Path download(String url, String username, String password, Path dir) throws DuFailure {
        URI uri = parse(url);
        Path target;
        try {
            Files.createDirectories(dir);
            target = Files.createTempFile(dir, "du-", ".jar");
        } catch (IOException e) {
            throw new DuFailure(DuFailure.RESOURCES_EXCEEDED, "cannot create a temporary file: " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            HttpResponse<InputStream> response = send(uri, null);
            if (response.statusCode() == 401 && username != null && !username.isEmpty()) {
                closeQuietly(response.body());
                String token = Base64.getEncoder().encodeToString(
                        (username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
                response = send(uri, "Basic " + token);
            }
            checkStatus(response, url);
            copyBounded(response, target);
            done = true;
            return target;
        } finally {
            if (!done) {
                deleteQuietly(target);
            }
        }
    }

    private static URI parse(String url) throws DuFailure {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new DuFailure(DuFailure.INVALID_ARGUMENTS, "invalid URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new DuFailure(DuFailure.UNSUPPORTED_PROTOCOL, "unsupported protocol in URL: " + url);
        }
        if (uri.getHost() == null) {
            throw new DuFailure(DuFailure.INVALID_ARGUMENTS, "URL has no host: " + url);
        }
        return uri;
    }

    private HttpResponse<InputStream> send(URI uri, String authorization) throws DuFailure {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new DuFailure(DuFailure.CANNOT_CONTACT_SERVER, "cannot contact " + uri.getHost() + ": " + e, e);
        } catch (IOException e) {
            throw new DuFailure(DuFailure.CANNOT_CONTACT_SERVER, "request to " + uri.getHost() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DuFailure(DuFailure.CANNOT_COMPLETE_DOWNLOAD, "download interrupted", e);
        }
    }

    private static void checkStatus(HttpResponse<InputStream> response, String url) throws DuFailure {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the status decides the fault; the body is of no interest
        }
        if (status == 401 || status == 407) {
            throw new DuFailure(DuFailure.AUTHENTICATION_FAILURE, "server refused the credentials (HTTP " + status + "): " + url);
        }
        if (status == 403 || status == 404 || status == 410) {
            throw new DuFailure(DuFailure.CANNOT_ACCESS_FILE, "cannot access file (HTTP " + status + "): " + url);
        }
        throw new DuFailure(DuFailure.CANNOT_COMPLETE_DOWNLOAD, "download failed (HTTP " + status + "): " + url);
    }

    private void copyBounded(HttpResponse<InputStream> response, Path target) throws DuFailure {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            closeQuietly(response.body());
            throw new DuFailure(DuFailure.RESOURCES_EXCEEDED, "file of " + declared + " bytes exceeds the limit of " + maxBytes);
        }
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(target)) {
            byte[] buf = new byte[16384];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new DuFailure(DuFailure.RESOURCES_EXCEEDED, "file exceeds the limit of " + maxBytes + " bytes");
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new DuFailure(DuFailure.CANNOT_COMPLETE_DOWNLOAD, "download broke off: " + e, e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing with a better reason
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray temp file in the state dir is harmless; the next start does not read it
        }
    }
}
