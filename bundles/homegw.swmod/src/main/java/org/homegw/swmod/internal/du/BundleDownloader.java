package org.homegw.swmod.internal.du;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a deployment unit over HTTP(S) into a temporary file, mapping every failure to its CWMP
 * transfer fault. TLS is verified by the JDK defaults; credentials are sent (Basic) only after the
 * server asked with 401, so they never go to a server that does not want them. Downloads are bounded
 * in size and in time (headers and body together), so a stalled server cannot hold the operation.
 *
 * <p>The transfer manager (branch h/transfer) has the gateway's shared downloader; this class stands
 * in until that is on main, and should then be replaced by it.
 */
public final class BundleDownloader {

    private final long maxBytes;
    private final Duration timeout;
    /** Built at the first download: building it at start loads the TLS stack and starts a selector thread. */
    private HttpClient client;

    public BundleDownloader(long maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(timeout.compareTo(Duration.ofSeconds(30)) < 0 ? timeout : Duration.ofSeconds(30))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return client;
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
            int status = fetch(uri, null, target);
            if (status == 401 && username != null && !username.isEmpty()) {
                String token = Base64.getEncoder().encodeToString(
                        (username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
                status = fetch(uri, "Basic " + token, target);
            }
            checkStatus(status, url);
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

    /** One GET: a 2xx body goes to {@code target} (bounded), any other body is dropped; answers the status. */
    private int fetch(URI uri, String authorization, Path target) throws DuFailure {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        BoundedFileSubscriber[] body = new BoundedFileSubscriber[1];
        CompletableFuture<HttpResponse<Path>> answer = client().sendAsync(b.build(), info -> {
            if (info.statusCode() / 100 != 2) {
                return HttpResponse.BodySubscribers.replacing(null);
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            body[0] = new BoundedFileSubscriber(target, maxBytes, declared);
            return body[0];
        });
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
        } catch (TimeoutException e) {
            abort(answer, body[0]);
            throw new DuFailure(DuFailure.CANNOT_COMPLETE_DOWNLOAD,
                    "download not complete within " + timeout.toSeconds() + " s: " + uri, e);
        } catch (InterruptedException e) {
            abort(answer, body[0]);
            Thread.currentThread().interrupt();
            throw new DuFailure(DuFailure.CANNOT_COMPLETE_DOWNLOAD, "download interrupted", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), uri, body[0] != null);
        }
    }

    private static void abort(CompletableFuture<?> answer, BoundedFileSubscriber body) {
        answer.cancel(true);
        if (body != null) {
            body.abort();
        }
    }

    private DuFailure failure(Throwable cause, URI uri, boolean bodyStarted) {
        if (cause instanceof BoundedFileSubscriber.TooLarge) {
            return new DuFailure(DuFailure.RESOURCES_EXCEEDED, "file exceeds the limit of " + maxBytes + " bytes", cause);
        }
        if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
            return new DuFailure(DuFailure.CANNOT_CONTACT_SERVER, "cannot contact " + uri.getHost() + ": " + cause, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new DuFailure(DuFailure.CANNOT_COMPLETE_DOWNLOAD, "no answer from " + uri.getHost() + " in time", cause);
        }
        if (bodyStarted) {
            return new DuFailure(DuFailure.CANNOT_COMPLETE_DOWNLOAD, "download broke off: " + cause, cause);
        }
        return new DuFailure(DuFailure.CANNOT_CONTACT_SERVER, "request to " + uri.getHost() + " failed: " + cause, cause);
    }

    private static void checkStatus(int status, String url) throws DuFailure {
        if (status / 100 == 2) {
            return;
        }
        if (status == 401 || status == 407) {
            throw new DuFailure(DuFailure.AUTHENTICATION_FAILURE, "server refused the credentials (HTTP " + status + "): " + url);
        }
        if (status == 403 || status == 404 || status == 410) {
            throw new DuFailure(DuFailure.CANNOT_ACCESS_FILE, "cannot access file (HTTP " + status + "): " + url);
        }
        throw new DuFailure(DuFailure.CANNOT_COMPLETE_DOWNLOAD, "download failed (HTTP " + status + "): " + url);
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray temp file in the work dir is harmless; nothing reads it
        }
    }
}
