package org.homegw.cwmp.client.internal.transport;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.StandardCookieSpec;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.ssl.SSLBufferMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Opens sessions over Apache HttpClient 5 (classic API). One client and connection pool serve every
 * session (building them cost more CPU than a whole warm session): they are rebuilt only when what
 * they were built from changes, i.e. http vs https, the timeout, or the trust anchor / client key
 * files (path, size, modification time). Everything that belongs to one session is per session: its
 * own cookie store (every cookie the ACS sets comes back, RFC 6265 relaxed parsing, none carried into
 * the next session), its Basic/Digest credentials and auth state, and its connection — persistent
 * across the session's POSTs and closed when the session ends. TLS is verified, 1.2+.
 */
public final class HttpAcsConnector implements AcsConnector {

    private static final System.Logger LOG = System.getLogger(HttpAcsConnector.class.getName());

    private final TlsSettings tls;
    private final int maxResponseBytes;
    /** The client the last session used and what it was built from; guarded by this. */
    private SharedClient shared;

    /** What a client is built from: when any of it differs, the next session gets a new client. */
    private record ClientKey(boolean https, Duration timeout, List<String> tlsFiles) {
    }

    /** A client with its pool; the pool holds no connection between sessions. */
    record SharedClient(ClientKey key, CloseableHttpClient client, PoolingHttpClientConnectionManager manager) {
    }

    /**
     * @param maxResponseBytes largest HTTP response body accepted from the ACS; larger ones fail the
     *                         exchange (bounded memory against a hostile or broken ACS)
     */
    public HttpAcsConnector(TlsSettings tls, int maxResponseBytes) {
        this.tls = tls;
        this.maxResponseBytes = maxResponseBytes;
    }

    @Override
    public AcsExchange open(AcsEndpoint endpoint) throws TransportException {
        SharedClient client = client(endpoint);
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        if (!endpoint.username().isEmpty()) {
            // any host: a redirect within the session may move to another ACS host of the same operator
            credentials.setCredentials(new AuthScope(null, -1),
                    new UsernamePasswordCredentials(endpoint.username(), endpoint.password().toCharArray()));
        }
        HttpClientContext context = HttpClientContext.create();
        context.setCookieStore(new BasicCookieStore());
        context.setCredentialsProvider(credentials);
        return new HttpAcsExchange(client.client(), context, endpoint, maxResponseBytes,
                () -> client.manager().closeIdle(TimeValue.ZERO_MILLISECONDS));
    }

    /** The shared client for this endpoint, built (and the previous one closed) when its key changed. */
    synchronized SharedClient client(AcsEndpoint endpoint) throws TransportException {
        boolean https = "https".equalsIgnoreCase(endpoint.url().getScheme());
        ClientKey key = new ClientKey(https, endpoint.timeout(), https ? tlsFiles() : List.of());
        if (shared != null && shared.key().equals(key)) {
            return shared;
        }
        SharedClient next = build(key);
        if (shared != null) {
            LOG.log(Level.DEBUG, "ACS connection settings changed: new HTTP client");
            shared.client().close(CloseMode.GRACEFUL);
        }
        shared = next;
        return next;
    }

    private SharedClient build(ClientKey key) throws TransportException {
        Timeout timeout = Timeout.of(key.timeout());
        PoolingHttpClientConnectionManagerBuilder cm = PoolingHttpClientConnectionManagerBuilder.create()
                // one session at a time uses one connection; the second slot only keeps a session
                // from waiting on a connection an earlier one failed to give back
                .setMaxConnTotal(2)
                .setMaxConnPerRoute(2)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout)
                        .setSocketTimeout(timeout)
                        .build())
                .setDefaultTlsConfig(TlsConfig.custom().setSupportedProtocols(TlsSettings.PROTOCOLS).build());
        // an http client never negotiates TLS: its strategy is only made if a connection asks
        cm.setTlsSocketStrategy(key.https() ? tlsStrategy() : new DeferredTlsStrategy(this::tlsStrategy));
        PoolingHttpClientConnectionManager manager = cm.build();
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(manager)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .setUserAgent("homegw-cwmp/0.1")
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setCookieSpec(StandardCookieSpec.RELAXED)
                        .setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout)
                        .build())
                .build();
        return new SharedClient(key, client, manager);
    }

    /** Path, size and modification time of each TLS file, so a replaced file gives a new client. */
    private List<String> tlsFiles() {
        List<String> out = new ArrayList<>(2);
        for (Optional<Path> file : List.of(tls.trustAnchorsPem(), tls.clientKeyStore())) {
            if (file.isEmpty()) {
                out.add("-");
                continue;
            }
            try {
                BasicFileAttributes a = Files.readAttributes(file.get(), BasicFileAttributes.class);
                out.add(file.get() + " " + a.size() + " " + a.lastModifiedTime().toMillis());
            } catch (IOException e) {
                out.add(file.get() + " unreadable"); // sslContext() reports it when the client is built
            }
        }
        return out;
    }

    private TlsSocketStrategy tlsStrategy() throws TransportException {
        return new DefaultClientTlsStrategy(sslContext(), TlsSettings.PROTOCOLS, null, SSLBufferMode.STATIC,
                HostnameVerificationPolicy.BOTH, new DefaultHostnameVerifier());
    }

    private SSLContext sslContext() throws TransportException {
        try {
            return tls.sslContext();
        } catch (IOException | GeneralSecurityException e) {
            throw new TransportException(TransportException.Kind.TLS_REJECTED,
                    "cannot set up TLS for the ACS connection: " + e.getMessage(), e);
        }
    }
}
