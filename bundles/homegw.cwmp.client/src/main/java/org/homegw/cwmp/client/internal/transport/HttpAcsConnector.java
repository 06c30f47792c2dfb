package org.homegw.cwmp.client.internal.transport;

import java.io.IOException;
import java.security.GeneralSecurityException;

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
import org.apache.hc.core5.reactor.ssl.SSLBufferMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Opens sessions over Apache HttpClient 5 (classic API). Each session gets its own client with a
 * one-connection pool (so the connection persists across the session's POSTs), its own cookie
 * store (every cookie the ACS sets comes back, RFC 6265 relaxed parsing), Basic/Digest
 * credentials, and verified TLS 1.2+.
 */
public final class HttpAcsConnector implements AcsConnector {

    private final TlsSettings tls;
    private final int maxResponseBytes;

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
        Timeout timeout = Timeout.of(endpoint.timeout());
        PoolingHttpClientConnectionManagerBuilder cm = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(1)
                .setMaxConnPerRoute(1)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout)
                        .setSocketTimeout(timeout)
                        .build())
                .setDefaultTlsConfig(TlsConfig.custom().setSupportedProtocols(TlsSettings.PROTOCOLS).build());
        if ("https".equalsIgnoreCase(endpoint.url().getScheme())) {
            cm.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext(), TlsSettings.PROTOCOLS, null,
                    SSLBufferMode.STATIC, HostnameVerificationPolicy.BOTH, new DefaultHostnameVerifier()));
        }
        PoolingHttpClientConnectionManager manager = cm.build();
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        if (!endpoint.username().isEmpty()) {
            // any host: a redirect within the session may move to another ACS host of the same operator
            credentials.setCredentials(new AuthScope(null, -1),
                    new UsernamePasswordCredentials(endpoint.username(), endpoint.password().toCharArray()));
        }
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
        HttpClientContext context = HttpClientContext.create();
        context.setCookieStore(new BasicCookieStore());
        context.setCredentialsProvider(credentials);
        return new HttpAcsExchange(client, context, endpoint, maxResponseBytes);
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
