package org.homegw.cwmp.connreq.internal.http;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Parses the auth-param list of a Digest Authorization header (RFC 7235 2.1: token=token / quoted-string). */
final class AuthParams {

    private AuthParams() {
    }

    /** The parameters (names lower case), or empty when the list is malformed or repeats a name. */
    static Optional<Map<String, String>> parse(String s) {
        Map<String, String> params = new HashMap<>();
        int i = 0;
        int n = s.length();
        while (true) {
            i = skipSpaceAndCommas(s, i);
            if (i >= n) {
                return Optional.of(params);
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                return Optional.empty();
            }
            String name = s.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !isToken(name)) {
                return Optional.empty();
            }
            i = eq + 1;
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = s.charAt(i++);
                    if (c == '\\' && i < n) {
                        value.append(s.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    return Optional.empty();
                }
            } else {
                while (i < n && s.charAt(i) != ',' && s.charAt(i) != ' ') {
                    value.append(s.charAt(i++));
                }
            }
            if (params.put(name, value.toString()) != null) {
                return Optional.empty();
            }
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            if (i < n && s.charAt(i) != ',') {
                return Optional.empty();
            }
        }
    }

    private static int skipSpaceAndCommas(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ',' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
