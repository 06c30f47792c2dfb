package org.homegw.diagnostics.internal.transfer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** An http:// test URL split into what a raw HTTP/1.1 exchange needs. */
public record HttpTarget(String host, int port, String pathAndQuery) implements TransferTarget {

    /** The target, or empty when the URL is not an absolute http URL with a host. */
    public static Optional<HttpTarget> parse(String url) {
        try {
            URI u = new URI(url.trim());
            if (u.getScheme() == null || !u.getScheme().toLowerCase(Locale.ROOT).equals("http") || u.getHost() == null
                    || u.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (u.getRawQuery() != null) {
                path += "?" + u.getRawQuery();
            }
            String host = u.getHost().startsWith("[") ? u.getHost().substring(1, u.getHost().length() - 1) : u.getHost();
            return Optional.of(new HttpTarget(host, u.getPort() < 0 ? 80 : u.getPort(), path));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    @Override
    public String display() {
        return hostHeader();
    }

    /** The Host header value. */
    public String hostHeader() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return port == 80 ? h : h + ":" + port;
    }
}
