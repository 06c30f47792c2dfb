package org.homegw.labacs.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The client side of HTTP authentication: from the {@code WWW-Authenticate} values of a 401,
 * builds the {@code Authorization} value for a retry (Digest qop=auth with MD5 or SHA-256, else Basic).
 */
public final class DigestClient {

    private final SecureRandom random = new SecureRandom();

    /** The chosen challenge and the header to send, or null when no challenge is usable. */
    public record Answer(String scheme, String algorithm, String authorization) {
    }

    /**
     * Answers the first usable challenge in the server's order (RFC 7616 §3.7: the client uses the
     * topmost one it understands); Digest is preferred over Basic.
     */
    public Answer answer(List<String> wwwAuthenticate, Credentials credentials, String method, String uri) {
        for (String header : wwwAuthenticate) {
            AuthParams p = AuthParams.parse(header);
            if (p == null || !p.scheme().equalsIgnoreCase("Digest") || p.get("nonce") == null) {
                continue;
            }
            String algorithmToken = p.get("algorithm");
            DigestAlgorithm algorithm = DigestAlgorithm.fromToken(algorithmToken);
            if (algorithm == null) {
                continue;
            }
            String qopOffered = p.get("qop");
            String qop = null;
            if (qopOffered != null) {
                for (String q : qopOffered.split(",")) {
                    if (q.strip().equals("auth")) {
                        qop = "auth";
                    }
                }
                if (qop == null) {
                    continue;
                }
            }
            String realm = p.get("realm") == null ? "" : p.get("realm");
            String nonce = p.get("nonce");
            String cnonce = HexFormat.of().formatHex(randomBytes(8));
            String nc = "00000001";
            String response = algorithm.response(credentials.username(), realm, credentials.password(),
                    algorithmToken, method, uri, nonce, nc, cnonce, qop);
            StringBuilder sb = new StringBuilder("Digest username=").append(AuthParams.quote(credentials.username()))
                    .append(", realm=").append(AuthParams.quote(realm))
                    .append(", nonce=").append(AuthParams.quote(nonce))
                    .append(", uri=").append(AuthParams.quote(uri))
                    .append(", response=").append(AuthParams.quote(response));
            if (algorithmToken != null) {
                sb.append(", algorithm=").append(algorithmToken);
            }
            if (qop != null) {
                sb.append(", qop=auth, nc=").append(nc).append(", cnonce=").append(AuthParams.quote(cnonce));
            }
            if (p.get("opaque") != null) {
                sb.append(", opaque=").append(AuthParams.quote(p.get("opaque")));
            }
            return new Answer("Digest", algorithm.token(), sb.toString());
        }
        for (String header : wwwAuthenticate) {
            AuthParams p = AuthParams.parse(header);
            if (p != null && p.scheme().equalsIgnoreCase("Basic")) {
                return new Answer("Basic", null, basic(credentials));
            }
        }
        return null;
    }

    /** The Basic {@code Authorization} value. */
    public static String basic(Credentials credentials) {
        String token = credentials.username() + ":" + credentials.password();
        return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
