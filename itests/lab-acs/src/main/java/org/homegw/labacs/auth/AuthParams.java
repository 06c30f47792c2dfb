package org.homegw.labacs.auth;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a {@code WWW-Authenticate} or {@code Authorization} header
 * ({@code Digest realm="x", nonce="y", qop=auth}): scheme plus name/value pairs, quoted strings unescaped.
 */
public record AuthParams(String scheme, Map<String, String> params) {

    /** Longest header value we parse; longer ones are treated as malformed. */
    static final int MAX_HEADER = 8192;

    public AuthParams {
        params = Map.copyOf(params);
    }

    /** The parameter (name case-insensitive), or null. */
    public String get(String name) {
        return params.get(name.toLowerCase(Locale.ROOT));
    }

    /** Parses one header value; returns null when it is empty, too long or malformed. */
    public static AuthParams parse(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
            return null;
        }
        String h = header.strip();
        int sp = h.indexOf(' ');
        String scheme = sp < 0 ? h : h.substring(0, sp);
        Map<String, String> params = new LinkedHashMap<>();
        if (sp < 0) {
            return new AuthParams(scheme, params);
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            params.put("token", h.substring(sp + 1).strip());
            return new AuthParams(scheme, params);
        }
        int i = sp + 1;
        int n = h.length();
        while (i < n) {
            while (i < n && (h.charAt(i) == ' ' || h.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int eq = h.indexOf('=', i);
            if (eq < 0) {
                return null;
            }
            String name = h.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            i = eq + 1;
            String value;
            if (i < n && h.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < n && h.charAt(i) != '"') {
                    if (h.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    sb.append(h.charAt(i++));
                }
                if (i >= n) {
                    return null;
                }
                i++;
                value = sb.toString();
            } else {
                int end = h.indexOf(',', i);
                end = end < 0 ? n : end;
                value = h.substring(i, end).strip();
                i = end;
            }
            params.put(name, value);
        }
        return new AuthParams(scheme, params);
    }

    /** Quotes a value for a header parameter. */
    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
