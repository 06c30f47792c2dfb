package org.homegw.cwmp.client.internal.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.GzipCompressingEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** One session's HTTP exchange over HttpClient 5; see {@link HttpAcsConnector}. */
final class HttpAcsExchange implements AcsExchange {

    private static final System.Logger LOG = System.getLogger(HttpAcsExchange.class.getName());
    private static final ContentType XML = ContentType.create("text/xml", "utf-8");
    private static final int MAX_REDIRECTS = 5;

    private final CloseableHttpClient client;
    private final HttpClientContext context;
    private final AcsEndpoint endpoint;
    private final int maxResponseBytes;
    private final Runnable closeConnection;
    private URI target;
    private int redirects;

    /** @param closeConnection ends the session's connection (the client itself is shared, and stays) */
    HttpAcsExchange(CloseableHttpClient client, HttpClientContext context, AcsEndpoint endpoint, int maxResponseBytes,
            Runnable closeConnection) {
        this.client = client;
        this.context = context;
        this.endpoint = endpoint;
        this.maxResponseBytes = maxResponseBytes;
        this.closeConnection = closeConnection;
        this.target = endpoint.url();
    }

    @Override
    public AcsReply post(OutgoingBody body) throws TransportException {
        while (true) {
            HttpPost post = new HttpPost(target);
            if (body.length() != 0) {
                HttpEntity entity = new BodyEntity(body);
                post.setEntity(endpoint.gzipRequests() ? new GzipCompressingEntity(entity) : entity);
            } else {
                // an empty POST still carries Content-Length: 0 (some ACSes insist on it)
                post.setEntity(new BodyEntity(OutgoingBody.EMPTY));
            }
            AcsReply reply = null;
            URI location = null;
            try (ClassicHttpResponse response = client.executeOpen(null, post, context)) {
                location = redirectTarget(response);
                if (location == null) {
                    reply = read(response);
                } else {
                    EntityUtils.consumeQuietly(response.getEntity());
                }
            } catch (TransportException e) {
                throw e;
            } catch (IOException e) {
                throw classify(e);
            }
            if (location == null) {
                return reply;
            }
            if (++redirects > MAX_REDIRECTS) {
                throw new TransportException(TransportException.Kind.PROTOCOL,
                        "more than " + MAX_REDIRECTS + " redirects in one session (last to " + location + ")", null);
            }
            LOG.log(Level.INFO, "ACS redirects the session from {0} to {1}", target, location);
            target = location;
        }
    }

    private URI redirectTarget(ClassicHttpResponse response) throws TransportException {
        int code = response.getCode();
        if (code != 301 && code != 302 && code != 303 && code != 307 && code != 308) {
            return null;
        }
        Header location = response.getFirstHeader("Location");
        if (location == null) {
            throw new TransportException(TransportException.Kind.PROTOCOL, "HTTP " + code + " without Location", null);
        }
        try {
            URI next = target.resolve(location.getValue().trim());
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("not http(s)");
            }
            return next;
        } catch (IllegalArgumentException e) {
            throw new TransportException(TransportException.Kind.PROTOCOL,
                    "HTTP " + code + " with unusable Location '" + location.getValue() + "'", e);
        }
    }

    private AcsReply read(ClassicHttpResponse response) throws IOException {
        byte[] body = new byte[0];
        HttpEntity entity = response.getEntity();
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                body = readBounded(in);
            }
        }
        return new AcsReply(response.getCode(), body, retryAfter(response));
    }

    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) >= 0) {
            if (out.size() + n > maxResponseBytes) {
                throw new TransportException(TransportException.Kind.PROTOCOL,
                        "ACS response larger than " + maxResponseBytes + " bytes", null);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    static Optional<Duration> retryAfter(ClassicHttpResponse response) {
        Header h = response.getFirstHeader("Retry-After");
        if (h == null) {
            return Optional.empty();
        }
        String v = h.getValue().trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e) {
                LOG.log(Level.WARNING, "ignoring unparsable Retry-After header '" + v + "'");
                return Optional.empty();
            }
        }
    }

    private TransportException classify(IOException e) {
        String where = target.toString();
        if (e instanceof SSLException) {
            LOG.log(Level.ERROR, "TLS connection to ACS " + where + " rejected: " + e.getMessage()
                    + " (certificate chain or host name not trusted, or no common TLS >= 1.2 protocol)");
            return new TransportException(TransportException.Kind.TLS_REJECTED, "TLS rejected: " + e.getMessage(), e);
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof ConnectTimeoutException) {
            return new TransportException(TransportException.Kind.CONNECT_FAILED,
                    "cannot connect to ACS " + where + ": " + e, e);
        }
        if (e instanceof SocketTimeoutException) {
            return new TransportException(TransportException.Kind.TIMEOUT,
                    "no response from ACS " + where + " within " + endpoint.timeout().toSeconds() + " s", e);
        }
        return new TransportException(TransportException.Kind.PROTOCOL, "HTTP exchange with " + where + " failed: " + e, e);
    }

    /** Ends the session: its connection is closed, so the next session opens a fresh one. */
    @Override
    public void close() {
        closeConnection.run();
    }

    /** A repeatable entity over an {@link OutgoingBody}: chunked when the length is unknown. */
    private static final class BodyEntity extends AbstractHttpEntity {
        private final OutgoingBody body;

        BodyEntity(OutgoingBody body) {
            super(XML, null, body.length() < 0);
            this.body = body;
        }

        @Override
        public boolean isRepeatable() {
            return true;
        }

        @Override
        public long getContentLength() {
            return body.length();
        }

        @Override
        public InputStream getContent() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body.writeTo(out);
            return new java.io.ByteArrayInputStream(out.toByteArray());
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            body.writeTo(out);
        }

        @Override
        public boolean isStreaming() {
            return false;
        }

        @Override
        public void close() {
            // nothing held open: the body is produced on demand
        }
    }
}
