package org.homegw.labacs.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The HTTP Digest algorithms (RFC 7616) that CWMP peers use: MD5 (required by TR-069) and SHA-256. */
public enum DigestAlgorithm {
    MD5("MD5", "MD5"),
    SHA_256("SHA-256", "SHA-256");

    private final String token;
    private final String jcaName;

    DigestAlgorithm(String token, String jcaName) {
        this.token = token;
        this.jcaName = jcaName;
    }

    /** The name in the {@code algorithm=} parameter. */
    public String token() {
        return token;
    }

    /** Lower-case hex of the hash of the UTF-8 text. */
    public String hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance(jcaName);
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName + " missing from the JDK", e);
        }
    }

    /**
     * The algorithm named by an {@code algorithm=} value, with its "-sess" flag stripped;
     * absent means MD5 (RFC 7616 §3.3); null when unsupported.
     */
    public static DigestAlgorithm fromToken(String value) {
        if (value == null || value.isEmpty()) {
            return MD5;
        }
        String v = value.toUpperCase(Locale.ROOT);
        if (v.endsWith("-SESS")) {
            v = v.substring(0, v.length() - 5);
        }
        for (DigestAlgorithm a : values()) {
            if (a.token.equals(v)) {
                return a;
            }
        }
        return null;
    }

    /** True when the {@code algorithm=} value asks for the session variant (HA1 includes nonce and cnonce). */
    public static boolean isSession(String value) {
        return value != null && value.toUpperCase(Locale.ROOT).endsWith("-SESS");
    }

    /** The response value of RFC 7616 §3.4.1 for qop=auth (or RFC 2069 when qop is null). */
    public String response(String username, String realm, String password, String algorithmToken,
                           String method, String uri, String nonce, String nc, String cnonce, String qop) {
        String ha1 = hex(username + ":" + realm + ":" + password);
        if (isSession(algorithmToken)) {
            ha1 = hex(ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = hex(method + ":" + uri);
        if (qop == null) {
            return hex(ha1 + ":" + nonce + ":" + ha2);
        }
        return hex(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }
}
