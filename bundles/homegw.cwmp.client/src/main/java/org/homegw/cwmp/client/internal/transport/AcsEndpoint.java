package org.homegw.cwmp.client.internal.transport;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how one session talks to the ACS: ManagementServer.URL, Username and Password,
 * whether request bodies are gzip-compressed (HTTPCompression=GZIP), and the silence timeout
 * (no HTTP response for this long ends the session; TR-069 asks for at least 30 s).
 */
public record AcsEndpoint(URI url, String username, String password, boolean gzipRequests, Duration timeout) {
    public AcsEndpoint {
        Objects.requireNonNull(url, "url");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        Objects.requireNonNull(timeout, "timeout");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("ACS URL must be an absolute http(s) URL: " + url);
        }
    }

    @Override
    public String toString() {
        return "AcsEndpoint[" + url + ", user=" + (username.isEmpty() ? "-" : username) + "]";
    }
}
