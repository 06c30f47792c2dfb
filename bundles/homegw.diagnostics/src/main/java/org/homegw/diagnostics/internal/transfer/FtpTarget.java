package org.homegw.diagnostics.internal.transfer;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * An ftp:// test URL (RFC 1738 §3.2): host, port (21), the account from the userinfo or anonymous
 * when there is none, and the file path relative to the login directory (leading '/' dropped, as
 * RFC 1738 makes the path relative to where the login lands).
 */
public record FtpTarget(String host, int port, String user, String password, String path) implements TransferTarget {

    static final String ANONYMOUS = "anonymous";
    /** RFC 1635: anonymous FTP asks for an e-mail-like identification as the password. */
    static final String ANONYMOUS_PASSWORD = "homegw@";

    public static Optional<FtpTarget> parse(String url) {
        try {
            URI u = new URI(url.trim());
            if (u.getScheme() == null || !u.getScheme().toLowerCase(Locale.ROOT).equals("ftp") || u.getHost() == null
                    || u.getRawPath() == null || u.getRawPath().length() < 2 || u.getRawQuery() != null) {
                return Optional.empty();
            }
            String user = ANONYMOUS;
            String password = ANONYMOUS_PASSWORD;
            if (u.getRawUserInfo() != null) {
                String info = u.getRawUserInfo();
                int colon = info.indexOf(':');
                user = decode(colon < 0 ? info : info.substring(0, colon));
                password = colon < 0 ? "" : decode(info.substring(colon + 1));
            }
            String path = decode(u.getRawPath().substring(1));
            // a ;type=i suffix (RFC 1738) changes nothing: the test always uses TYPE I
            int type = path.indexOf(";type=");
            if (type >= 0) {
                path = path.substring(0, type);
            }
            if (path.isEmpty() || path.endsWith("/") || user.isEmpty() || hasLineBreak(user + password + path)) {
                return Optional.empty();
            }
            String host = u.getHost().startsWith("[") ? u.getHost().substring(1, u.getHost().length() - 1) : u.getHost();
            return Optional.of(new FtpTarget(host, u.getPort() < 0 ? 21 : u.getPort(), user, password, path));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** CR or LF inside a decoded field would inject FTP commands on the control connection. */
    private static boolean hasLineBreak(String s) {
        return s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
    }

    @Override
    public String display() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "ftp://" + h + ":" + port;
    }

    @Override
    public String toString() {
        return "FtpTarget[" + display() + "/" + path + ", user=" + user + "]";
    }
}
