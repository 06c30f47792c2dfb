package org.homegw.transfer.internal.http;

import static org.homegw.transfer.internal.http.TransferFaults.CANNOT_ACCESS_FILE;
import static org.homegw.transfer.internal.http.TransferFaults.CANNOT_CONTACT_SERVER;
import static org.homegw.transfer.internal.http.TransferFaults.CORRUPTED;
import static org.homegw.transfer.internal.http.TransferFaults.INCOMPLETE;
import static org.homegw.transfer.internal.http.TransferFaults.INTERNAL_ERROR;
import static org.homegw.transfer.internal.http.TransferFaults.SERVER_AUTHENTICATION;
import static org.homegw.transfer.internal.http.TransferFaults.UNSUPPORTED_PROTOCOL;
import static org.homegw.transfer.internal.http.TransferFaults.UPLOAD_FAILURE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

import org.homegw.transfer.internal.ftp.FtpClient;

/**
 * HTTP(S) GET and PUT against a file server (ftp:// URLs go to {@link FtpClient}), with CWMP fault
 * codes for every failure: 9015 server
 * unreachable (DNS, connect, TLS verification, timeout), 9012 authentication refused, 9016 file not
 * accessible (any other error status), 9017 body cut short, 9018 more bytes than announced.
 *
 * <p>Downloads stream into a partial file with a fixed 64 KiB buffer and resume it with a Range
 * request (If-Range on the saved ETag) when the partial file already holds bytes. HTTPS uses the
 * given socket factory (trust anchors of the device configuration) and the JDK's host-name check;
 * redirects are followed by hand (at most {@link Settings#maxRedirects()}), never from HTTPS to plain
 * HTTP, and credentials are sent only in answer to a challenge of the server the URL names (same
 * scheme, host and port), never to a redirect target elsewhere.
 */
public final class FileServerClient {

    /**
     * Connection settings; the socket factory carries the TLS trust anchors. Every
     * {@code syncEveryBytes} a download is fsynced and its length reported: the resume point.
     */
    public record Settings(TlsSource tls, Duration connectTimeout, Duration readTimeout, int maxRedirects,
            long syncEveryBytes) {
        /** Production defaults: 5 redirects, fsync every 8 MiB. */
        public Settings(TlsSource tls, Duration connectTimeout, Duration readTimeout) {
            this(tls, connectTimeout, readTimeout, 5, 8L * 1024 * 1024);
        }

        /** The same with a socket factory made beforehand. */
        public Settings(SSLSocketFactory tls, Duration connectTimeout, Duration readTimeout) {
            this(() -> tls, connectTimeout, readTimeout);
        }
    }

    /**
     * The TLS socket factory, asked for at each HTTPS connection (never for HTTP or FTP), so it can be
     * built at the first one: see {@link TrustAnchors#lazySocketFactory}.
     */
    @FunctionalInterface
    public interface TlsSource {
        SSLSocketFactory socketFactory() throws IOException, GeneralSecurityException;
    }

    /** A completed download: the bytes now in the partial file and the server's validator. */
    public record Downloaded(long size, String etag) {
    }

    private static final int BUFFER = 64 * 1024;
    private static final Authenticator NO_AUTHENTICATOR = new Authenticator() {
    };

    private final Settings settings;
    private final HttpAuthorization authorization;
    private final FtpClient ftp;

    public FileServerClient(Settings settings, HttpAuthorization authorization) {
        this.settings = settings;
        this.authorization = authorization;
        this.ftp = new FtpClient(new FtpClient.Settings(settings.connectTimeout(), settings.readTimeout(),
                settings.syncEveryBytes()));
    }

    /**
     * Downloads {@code url} into {@code part}, resuming from the bytes already there when the server
     * allows. Fails with 9018 as soon as the file would exceed {@code maxBytes}.
     *
     * @param etag validator saved with the partial file ("" if none)
     * @param progress    told the ETag before the body and every fsynced length while it is written
     */
    public Downloaded download(URI url, Credentials creds, Path part, String etag, long maxBytes,
            DownloadProgress progress) throws TransferFailure {
        return download(url, creds, part, etag, maxBytes, progress, new TransferAbort());
    }

    /** {@link #download(URI, Credentials, Path, String, long, DownloadProgress)} that {@code abort} can stop. */
    public Downloaded download(URI url, Credentials creds, Path part, String etag, long maxBytes,
            DownloadProgress progress, TransferAbort abort) throws TransferFailure {
        if (isFtp(url)) {
            FtpClient.Downloaded d = ftp.download(url, creds, part, etag, maxBytes, progress, abort);
            return new Downloaded(d.size(), d.validator());
        }
        URI current = url;
        String auth = null;
        boolean rangeAllowed = true;
        for (int hop = 0; ; ) {
            long have = rangeAllowed ? sizeOf(part) : 0;
            abort.check();
            HttpURLConnection c = open(current);
            try {
                // GET is the default request method
                c.setRequestProperty("Accept-Encoding", "identity");
                if (have > 0) {
                    c.setRequestProperty("Range", "bytes=" + have + "-");
                    if (!etag.isEmpty()) {
                        c.setRequestProperty("If-Range", etag);
                    }
                }
                if (auth != null) {
                    c.setRequestProperty("Authorization", auth);
                }
                int status = status(c, current);
                if (isRedirect(status)) {
                    current = redirect(current, c);
                    auth = null;
                    if (++hop > settings.maxRedirects()) {
                        throw new TransferFailure(CANNOT_ACCESS_FILE, "more than " + settings.maxRedirects()
                                + " redirects from " + url);
                    }
                    continue;
                }
                if (status == 401) {
                    auth = challengeAnswer(c, auth, creds, "GET", current, url);
                    continue;
                }
                if (status == 416 && have > 0) {
                    rangeAllowed = false;
                    continue;
                }
                if (status != 200 && status != 206) {
                    throw new TransferFailure(CANNOT_ACCESS_FILE, "file server answered " + status + " for " + current);
                }
                long offset = 0;
                if (status == 206) {
                    offset = contentRangeStart(c);
                    if (offset != have) {
                        throw new TransferFailure(INCOMPLETE, "server resumed at byte " + offset + ", expected " + have);
                    }
                }
                String newEtag = Optional.ofNullable(c.getHeaderField("ETag")).orElse("");
                // persisted before the body, so that a restart mid-body can resume with If-Range
                progress.validator(newEtag);
                long size = receive(c, part, offset, maxBytes, current, progress, settings.syncEveryBytes(), abort);
                return new Downloaded(size, newEtag);
            } finally {
                c.disconnect();
            }
        }
    }

    /** Uploads {@code file} with HTTP PUT; 9011 when the server does not accept it. */
    public void upload(URI url, Credentials creds, Path file, String contentType) throws TransferFailure {
        upload(url, creds, file, contentType, new TransferAbort());
    }

    /** {@link #upload(URI, Credentials, Path, String)} that {@code abort} can stop. */
    public void upload(URI url, Credentials creds, Path file, String contentType, TransferAbort abort)
            throws TransferFailure {
        if (isFtp(url)) {
            ftp.upload(url, creds, file, abort);
            return;
        }
        URI current = url;
        String auth = null;
        for (int hop = 0; ; ) {
            abort.check();
            HttpURLConnection c = open(current);
            try {
                long length = Files.size(file);
                c.setRequestMethod("PUT");
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", contentType);
                c.setFixedLengthStreamingMode(length);
                if (auth != null) {
                    c.setRequestProperty("Authorization", auth);
                }
                try (OutputStream out = c.getOutputStream(); InputStream in = Files.newInputStream(file)) {
                    byte[] buf = new byte[BUFFER];
                    for (int n; (n = in.read(buf)) >= 0; ) {
                        abort.check();
                        out.write(buf, 0, n);
                    }
                } catch (IOException e) {
                    // the server may answer (401, 413) and close before reading the whole body
                    if (responseCodeOrMinus(c) < 0) {
                        throw connectFailure(current, e);
                    }
                }
                int status = status(c, current);
                if (isRedirect(status) && status != 303) {
                    current = redirect(current, c);
                    auth = null;
                    if (++hop > settings.maxRedirects()) {
                        throw new TransferFailure(UPLOAD_FAILURE, "more than " + settings.maxRedirects() + " redirects");
                    }
                    continue;
                }
                if (status == 401) {
                    auth = challengeAnswer(c, auth, creds, "PUT", current, url);
                    continue;
                }
                if (status == 403 || status == 404 || status == 405) {
                    throw new TransferFailure(CANNOT_ACCESS_FILE, "file server answered " + status + " for " + current);
                }
                if (status < 200 || status > 299) {
                    throw new TransferFailure(UPLOAD_FAILURE, "file server answered " + status + " for " + current);
                }
                drain(c);
                return;
            } catch (IOException e) {
                throw new TransferFailure(INTERNAL_ERROR, "cannot read the file to upload: " + e.getMessage(), e);
            } finally {
                c.disconnect();
            }
        }
    }

    private static boolean isFtp(URI uri) {
        return "ftp".equalsIgnoreCase(uri.getScheme());
    }

    private HttpURLConnection open(URI uri) throws TransferFailure {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new TransferFailure(UNSUPPORTED_PROTOCOL, "unsupported transfer protocol: " + uri.getScheme());
        }
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            if (c instanceof HttpsURLConnection https) {
                https.setSSLSocketFactory(settings.tls().socketFactory());
                // the JDK checks the host name first; this verifier only decides mismatches: refuse them
                https.setHostnameVerifier((host, session) -> false);
            }
            c.setAuthenticator(NO_AUTHENTICATOR);
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            c.setConnectTimeout((int) settings.connectTimeout().toMillis());
            c.setReadTimeout((int) settings.readTimeout().toMillis());
            return c;
        } catch (IOException | IllegalArgumentException | GeneralSecurityException e) {
            throw new TransferFailure(CANNOT_CONTACT_SERVER, "cannot open " + uri + ": " + e.getMessage(), e);
        }
    }

    private static int status(HttpURLConnection c, URI uri) throws TransferFailure {
        try {
            return c.getResponseCode();
        } catch (IOException e) {
            throw connectFailure(uri, e);
        }
    }

    private static int responseCodeOrMinus(HttpURLConnection c) {
        try {
            return c.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static TransferFailure connectFailure(URI uri, IOException e) {
        String what = e instanceof SSLException ? "TLS verification of " : "cannot contact ";
        return new TransferFailure(CANNOT_CONTACT_SERVER, what + uri.getHost() + ": " + e, e);
    }

    private String challengeAnswer(HttpURLConnection c, String previous, Credentials creds, String method, URI uri,
            URI requested) throws TransferFailure {
        drainError(c);
        if (!sameOrigin(uri, requested)) {
            // the credentials were given for the requested server, not for wherever it redirects to
            throw new TransferFailure(SERVER_AUTHENTICATION, "redirect target " + uri.getHost()
                    + " asks for credentials; they are only sent to " + requested.getHost());
        }
        if (previous != null) {
            throw new TransferFailure(SERVER_AUTHENTICATION, "file server refused the credentials for " + uri);
        }
        if (!creds.present()) {
            throw new TransferFailure(SERVER_AUTHENTICATION, "file server asks for credentials, none given: " + uri);
        }
        List<String> challenges = c.getHeaderFields().entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase("WWW-Authenticate"))
                .flatMap(e -> e.getValue().stream()).toList();
        String requestUri = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            requestUri += "?" + uri.getRawQuery();
        }
        return authorization.answer(challenges, creds, method, requestUri)
                .orElseThrow(() -> new TransferFailure(SERVER_AUTHENTICATION,
                        "no supported authentication scheme offered by " + uri.getHost() + ": " + challenges));
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirect(URI from, HttpURLConnection c) throws TransferFailure {
        String location = c.getHeaderField("Location");
        drainError(c);
        if (location == null) {
            throw new TransferFailure(CANNOT_ACCESS_FILE, "redirect without Location from " + from);
        }
        URI to;
        try {
            to = from.resolve(new URI(location));
        } catch (URISyntaxException e) {
            throw new TransferFailure(CANNOT_ACCESS_FILE, "invalid redirect Location '" + location + "'");
        }
        if ("https".equalsIgnoreCase(from.getScheme()) && !"https".equalsIgnoreCase(to.getScheme())) {
            throw new TransferFailure(CANNOT_ACCESS_FILE, "refusing redirect from HTTPS to " + to);
        }
        return to;
    }

    private static long contentRangeStart(HttpURLConnection c) throws TransferFailure {
        String cr = c.getHeaderField("Content-Range");
        try {
            // "bytes 100-199/200"
            String spec = cr.trim().substring("bytes".length()).trim();
            return Long.parseLong(spec.substring(0, spec.indexOf('-')).trim());
        } catch (RuntimeException e) {
            throw new TransferFailure(INCOMPLETE, "206 answer without a valid Content-Range: " + cr);
        }
    }

    private static long receive(HttpURLConnection c, Path part, long offset, long maxBytes, URI uri,
            DownloadProgress progress, long syncEvery, TransferAbort abort) throws TransferFailure {
        long announced = c.getContentLengthLong();
        if (announced >= 0 && offset + announced > maxBytes) {
            drainError(c);
            throw new TransferFailure(CORRUPTED, "file of " + (offset + announced) + " bytes is larger than the "
                    + maxBytes + " bytes expected");
        }
        long received = PartFile.append(c::getInputStream, part, offset, maxBytes, syncEvery, progress, abort,
                "download from " + uri.getHost());
        if (announced >= 0 && received < announced) {
            throw new TransferFailure(INCOMPLETE, "download from " + uri.getHost() + " ended after "
                    + (offset + received) + " of " + (offset + announced) + " bytes");
        }
        return offset + received;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void drain(HttpURLConnection c) {
        try (InputStream in = c.getInputStream()) {
            in.skip(Long.MAX_VALUE);
        } catch (IOException ignored) {
            // only frees the connection
        }
    }

    private static void drainError(HttpURLConnection c) {
        try (InputStream in = c.getErrorStream()) {
            if (in != null) {
                in.skip(Long.MAX_VALUE);
            }
        } catch (IOException ignored) {
            // only frees the connection
        }
    }
}
