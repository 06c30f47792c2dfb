package org.homegw.cwmp.connreq.internal.http;

import java.util.Locale;
import java.util.Map;

/**
 * The request line and headers of one HTTP/1.1 request. Header names are lower case; a repeated
 * header keeps its first value (we only look at Authorization, Connection and the body headers).
 */
public record HttpRequestHead(String method, String target, String version, Map<String, String> headers) {

    public HttpRequestHead {
        headers = Map.copyOf(headers);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The request announces a body; we never read one, so the connection is closed after answering. */
    public boolean hasBody() {
        String length = header("content-length");
        return header("transfer-encoding") != null || (length != null && !length.trim().equals("0"));
    }

    /** Whether the client wants the connection kept open after this request. */
    public boolean keepAlive() {
        String connection = header("connection");
        if (connection != null && connection.toLowerCase(Locale.ROOT).contains("close")) {
            return false;
        }
        return "HTTP/1.1".equals(version)
                || (connection != null && connection.toLowerCase(Locale.ROOT).contains("keep-alive"));
    }

    /** The path of the target, without query; absolute-form targets ("http://host/p") are reduced to "/p". */
    public String path() {
        String t = target;
        if (t.regionMatches(true, 0, "http://", 0, 7)) {
            int slash = t.indexOf('/', 7);
            t = slash < 0 ? "/" : t.substring(slash);
        }
        int q = t.indexOf('?');
        return q < 0 ? t : t.substring(0, q);
    }
}
