package org.homegw.transfer.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a file server's 401 challenge: Digest (RFC 7616: MD5, MD5-sess, SHA-256, qop "auth") is
 * preferred over Basic when the server offers both. Credentials are only ever sent in answer to a
 * challenge, never preemptively.
 */
public final class HttpAuthorization {

    private final SecureRandom random;

    public HttpAuthorization(SecureRandom random) {
        this.random = random;
    }

    /** The Authorization header for the request, or empty when no offered scheme is supported. */
    public Optional<String> answer(List<String> challenges, Credentials creds, String method, String requestUri) {
        Optional<Map<String, String>> digest = challenges.stream()
                .filter(c -> c.regionMatches(true, 0, "Digest ", 0, 7))
                .map(c -> params(c.substring(7)))
                .filter(p -> algorithm(p) != null)
                .findFirst();
        if (digest.isPresent()) {
            return Optional.of(digest(digest.get(), creds, method, requestUri));
        }
        boolean basic = challenges.stream().anyMatch(c -> c.regionMatches(true, 0, "Basic", 0, 5));
        if (basic) {
            String token = creds.username() + ":" + creds.password();
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    private String digest(Map<String, String> p, Credentials creds, String method, String uri) {
        byte[] cn = new byte[12];
        random.nextBytes(cn);
        return digest(p, creds, method, uri, HexFormat.of().formatHex(cn));
    }

    static String digest(Map<String, String> p, Credentials creds, String method, String uri, String cnonce) {
        String alg = algorithm(p);
        String realm = p.getOrDefault("realm", "");
        String nonce = p.getOrDefault("nonce", "");
        String qops = p.get("qop");
        boolean qopAuth = qops != null && List.of(qops.split(",")).stream().map(String::trim).anyMatch("auth"::equals);
        String nc = "00000001";
        String hashAlg = alg.startsWith("SHA-256") ? "SHA-256" : "MD5";
        String ha1 = hash(hashAlg, creds.username() + ":" + realm + ":" + creds.password());
        if (alg.endsWith("-sess")) {
            ha1 = hash(hashAlg, ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = hash(hashAlg, method + ":" + uri);
        String response = qopAuth ? hash(hashAlg, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2)
                : hash(hashAlg, ha1 + ":" + nonce + ":" + ha2);
        StringBuilder h = new StringBuilder("Digest ");
        h.append("username=\"").append(quote(creds.username())).append("\", realm=\"").append(quote(realm))
                .append("\", nonce=\"").append(quote(nonce)).append("\", uri=\"").append(quote(uri))
                .append("\", algorithm=").append(alg).append(", response=\"").append(response).append('"');
        if (qopAuth) {
            h.append(", qop=auth, nc=").append(nc).append(", cnonce=\"").append(cnonce).append('"');
        }
        if (p.containsKey("opaque")) {
            h.append(", opaque=\"").append(quote(p.get("opaque"))).append('"');
        }
        return h.toString();
    }

    /** The digest algorithm named by the challenge (default MD5), or null if unsupported. */
    private static String algorithm(Map<String, String> p) {
        String a = p.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
        return switch (a) {
            case "MD5", "MD5-SESS", "SHA-256", "SHA-256-SESS" -> a.replace("-SESS", "-sess");
            default -> null;
        };
    }

    private static String hash(String alg, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(alg).digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(alg + " missing from the JDK", e);
        }
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Parses {@code k=v, k="v, quoted"} auth-params. */
    static Map<String, String> params(String s) {
        Map<String, String> out = new HashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ',' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = s.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            i = eq + 1;
            StringBuilder v = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                while (i < n && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    v.append(s.charAt(i++));
                }
                i++;
            } else {
                while (i < n && s.charAt(i) != ',') {
                    v.append(s.charAt(i++));
                }
            }
            out.put(key, v.toString().trim());
        }
        return out;
    }
}
