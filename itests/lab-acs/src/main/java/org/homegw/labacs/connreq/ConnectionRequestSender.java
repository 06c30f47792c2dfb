package org.homegw.labacs.connreq;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.homegw.labacs.auth.Credentials;
import org.homegw.labacs.auth.DigestClient;

/**
 * Sends an HTTP Connection Request (TR-069 §3.2.2): a GET to the CPE's ConnectionRequestURL,
 * answering a 401 with Digest (MD5 or SHA-256, qop=auth) or Basic from the given credentials.
 */
public final class ConnectionRequestSender {

    private static final System.Logger LOG = System.getLogger(ConnectionRequestSender.class.getName());
    private static final int MAX_BODY = 64 * 1024;

    private final DigestClient digest = new DigestClient();
    private final Duration timeout;
    private final boolean allowRemote;

    /**
     * @param timeout     connect and read timeout of each GET
     * @param allowRemote whether targets other than loopback addresses are allowed
     */
    public ConnectionRequestSender(Duration timeout, boolean allowRemote) {
        this.timeout = timeout;
        this.allowRemote = allowRemote;
    }

    /** Sends the request; credentials may be null for a CPE that does not authenticate. */
    public ConnectionRequestResult send(URI connectionRequestUrl, Credentials credentials) throws IOException {
        if (!"http".equalsIgnoreCase(connectionRequestUrl.getScheme()) || connectionRequestUrl.getHost() == null) {
            throw new IllegalArgumentException("ConnectionRequestURL must be an http URL: " + connectionRequestUrl);
        }
        LoopbackGuard.check(connectionRequestUrl.getHost(), allowRemote);
        Reply first = get(connectionRequestUrl, null);
        if (first.status != 401 || credentials == null) {
            return new ConnectionRequestResult(first.status, "none", null, 1);
        }
        String uri = connectionRequestUrl.getRawPath() == null || connectionRequestUrl.getRawPath().isEmpty()
                ? "/" : connectionRequestUrl.getRawPath();
        if (connectionRequestUrl.getRawQuery() != null) {
            uri += "?" + connectionRequestUrl.getRawQuery();
        }
        DigestClient.Answer answer = digest.answer(first.challenges, credentials, "GET", uri);
        if (answer == null) {
            LOG.log(System.Logger.Level.WARNING, "Connection Request to {0}: no usable challenge in {1}",
                    connectionRequestUrl, first.challenges);
            return new ConnectionRequestResult(401, "none", null, 1);
        }
        Reply second = get(connectionRequestUrl, answer.authorization());
        LOG.log(System.Logger.Level.INFO, "Connection Request to {0}: HTTP {1} ({2} {3})",
                connectionRequestUrl, String.valueOf(second.status), answer.scheme(), answer.algorithm());
        return new ConnectionRequestResult(second.status, answer.scheme(), answer.algorithm(), 2);
    }

    private record Reply(int status, List<String> challenges) {
    }

    private Reply get(URI target, String authorization) throws IOException {
        URL url = target.toURL();
        HttpURLConnection c = (HttpURLConnection) url.openConnection(java.net.Proxy.NO_PROXY);
        try {
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            c.setConnectTimeout((int) timeout.toMillis());
            c.setReadTimeout((int) timeout.toMillis());
            c.setRequestMethod("GET");
            if (authorization != null) {
                c.setRequestProperty("Authorization", authorization);
            }
            int status = c.getResponseCode();
            // header names arrive in whatever case the CPE wrote them (the JDK server writes "Www-authenticate")
            List<String> challenges = new ArrayList<>();
            c.getHeaderFields().forEach((name, values) -> {
                if ("WWW-Authenticate".equalsIgnoreCase(name)) {
                    challenges.addAll(values);
                }
            });
            drain(status >= 400 ? c.getErrorStream() : c.getInputStream());
            return new Reply(status, challenges);
        } finally {
            c.disconnect();
        }
    }

    /** Reads (bounded) and discards a body so the connection ends cleanly; the CPE's body means nothing. */
    private static void drain(InputStream in) throws IOException {
        if (in == null) {
            return;
        }
        try (in) {
            byte[] buf = new byte[4096];
            int total = 0;
            int n;
            while (total < MAX_BODY && (n = in.read(buf)) > 0) {
                total += n;
            }
        }
    }
}
