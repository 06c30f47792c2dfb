package org.homegw.cwmp.connreq.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.homegw.cwmp.connreq.internal.Credentials;

/**
 * HTTP Digest authentication of the ACS (RFC 7616, compatible with RFC 2617 clients): MD5 and
 * SHA-256, qop=auth only, an opaque value fixed per server instance, nonces from a {@link NonceTable}
 * (expiry gives stale=true, a nonce count that does not increase is a replay). The response is
 * verified before the nonce is touched, so forged requests cannot burn a legitimate client's counts.
 * Basic is accepted only when configured. All secret comparisons are constant-time.
 */
final class DigestAuthenticator {

    /** The outcome of checking one Authorization header. */
    sealed interface Result permits Accepted, Rejected {
    }

    record Accepted() implements Result {
    }

    /** Not authenticated; {@code stale} asks the client to retry with the fresh nonce it gets. */
    record Rejected(boolean stale, String reason) implements Result {
    }

    private static final java.util.regex.Pattern NONCE_COUNT = java.util.regex.Pattern.compile("[0-9a-fA-F]{8}");

    private final String realm;
    private final NonceTable nonces;
    private final boolean allowBasic;
    private final String opaque;

    DigestAuthenticator(String realm, NonceTable nonces, boolean allowBasic, SecureRandom random) {
        this.realm = realm;
        this.nonces = nonces;
        this.allowBasic = allowBasic;
        byte[] o = new byte[12];
        random.nextBytes(o);
        this.opaque = Base64.getUrlEncoder().withoutPadding().encodeToString(o);
    }

    /** WWW-Authenticate values for a 401: SHA-256 first (preferred, RFC 7616 3.7), then MD5 for older ACSs. */
    List<String> challenges(boolean stale) {
        String sha = challenge("SHA-256", nonces.issue(), stale);
        String md5 = challenge("MD5", nonces.issue(), stale);
        return allowBasic ? List.of(sha, md5, "Basic realm=\"" + realm + "\"") : List.of(sha, md5);
    }

    private String challenge(String algorithm, String nonce, boolean stale) {
        return "Digest realm=\"" + realm + "\", qop=\"auth\", algorithm=" + algorithm + ", nonce=\"" + nonce
                + "\", opaque=\"" + opaque + "\"" + (stale ? ", stale=true" : "");
    }

    /** Reads the credentials only when there is an Authorization header, so bare floods cost no data-model reads. */
    Result authenticate(String method, String target, String authorization, Supplier<Credentials> source) {
        if (authorization == null) {
            return new Rejected(false, "no credentials");
        }
        Credentials credentials = source.get();
        if (!credentials.isProvisioned()) {
            return new Rejected(false, "ConnectionRequestUsername/Password not provisioned");
        }
        int space = authorization.indexOf(' ');
        String scheme = space < 0 ? authorization : authorization.substring(0, space);
        String rest = space < 0 ? "" : authorization.substring(space + 1);
        if (scheme.equalsIgnoreCase("Basic")) {
            return allowBasic ? basic(rest.trim(), credentials) : new Rejected(false, "Basic refused");
        }
        if (!scheme.equalsIgnoreCase("Digest")) {
            return new Rejected(false, "unsupported scheme " + scheme);
        }
        Optional<Map<String, String>> parsed = AuthParams.parse(rest);
        if (parsed.isEmpty()) {
            return new Rejected(false, "malformed Digest parameters");
        }
        return digest(method, target, parsed.get(), credentials);
    }

    private Result digest(String method, String target, Map<String, String> p, Credentials credentials) {
        String username = p.get("username");
        String nonce = p.get("nonce");
        String uri = p.get("uri");
        String response = p.get("response");
        String qop = p.get("qop");
        String nc = p.get("nc");
        String cnonce = p.get("cnonce");
        if (username == null || nonce == null || uri == null || response == null || nc == null || cnonce == null) {
            return new Rejected(false, "missing Digest parameter");
        }
        if (!"auth".equals(qop)) {
            return new Rejected(false, "qop must be auth");
        }
        if (!realm.equals(p.get("realm")) || !constantTimeEquals(opaque, p.getOrDefault("opaque", ""))) {
            return new Rejected(false, "realm or opaque mismatch");
        }
        if (!uri.equals(target)) {
            return new Rejected(false, "digest uri does not match the request target");
        }
        if (!NONCE_COUNT.matcher(nc).matches()) {
            return new Rejected(false, "malformed nc");
        }
        String algorithm = javaAlgorithm(p.getOrDefault("algorithm", "MD5"));
        if (algorithm == null) {
            return new Rejected(false, "unsupported algorithm " + p.get("algorithm"));
        }
        // compare both name and response so a wrong name costs the same as a wrong password
        boolean userOk = constantTimeEquals(credentials.username(), username);
        String ha1 = hash(algorithm, username + ":" + realm + ":" + credentials.password());
        String ha2 = hash(algorithm, method + ":" + uri);
        String expected = hash(algorithm, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
        boolean responseOk = constantTimeEquals(expected, response.toLowerCase(Locale.ROOT));
        if (!(userOk & responseOk)) {
            return new Rejected(false, "wrong username or digest response");
        }
        return switch (nonces.use(nonce, Long.parseLong(nc, 16))) {
            case FRESH -> new Accepted();
            case STALE -> new Rejected(true, "stale nonce");
            case REPLAYED -> new Rejected(false, "replayed nonce count");
        };
    }

    private Result basic(String token, Credentials credentials) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Rejected(false, "malformed Basic token");
        }
        boolean ok = constantTimeEquals(credentials.username() + ":" + credentials.password(), decoded);
        return ok ? new Accepted() : new Rejected(false, "wrong Basic credentials");
    }

    private static String javaAlgorithm(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "MD5" -> "MD5";
            case "SHA-256" -> "SHA-256";
            default -> null;
        };
    }

    static String hash(String algorithm, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JRE lacks " + algorithm, e);
        }
    }

    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
