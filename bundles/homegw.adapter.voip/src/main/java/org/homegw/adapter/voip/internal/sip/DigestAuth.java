package org.homegw.adapter.voip.internal.sip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** HTTP Digest (RFC 2617, MD5) as SIP uses it (RFC 3261 22.4) to answer a registrar's challenge. */
final class DigestAuth {

    private DigestAuth() {
    }

    /** The parameters of a "Digest k=v, k="v"" challenge, keys in lower case; empty when it is not Digest. */
    static Map<String, String> parseChallenge(String header) {
        Map<String, String> out = new HashMap<>();
        String h = header.strip();
        if (!h.regionMatches(true, 0, "Digest", 0, 6)) {
            return out;
        }
        int i = 6;
        while (i < h.length()) {
            while (i < h.length() && (h.charAt(i) == ' ' || h.charAt(i) == ',')) {
                i++;
            }
            int eq = h.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = h.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            i = eq + 1;
            String value;
            if (i < h.length() && h.charAt(i) == '"') {
                int end = h.indexOf('"', i + 1);
                end = end < 0 ? h.length() : end;
                value = h.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = h.indexOf(',', i);
                end = end < 0 ? h.length() : end;
                value = h.substring(i, end).strip();
                i = end;
            }
            out.put(key, value);
        }
        return out;
    }

    /**
     * The response digest: with qop=auth MD5(HA1:nonce:nc:cnonce:qop:HA2), without qop
     * MD5(HA1:nonce:HA2), where HA1 = MD5(user:realm:password) and HA2 = MD5(method:uri).
     */
    static String response(String user, String realm, String password, String method, String uri, String nonce,
                           String qop, String nc, String cnonce) {
        String ha1 = md5(user + ":" + realm + ":" + password);
        String ha2 = md5(method + ":" + uri);
        return qop == null ? md5(ha1 + ":" + nonce + ":" + ha2)
                : md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }

    static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
