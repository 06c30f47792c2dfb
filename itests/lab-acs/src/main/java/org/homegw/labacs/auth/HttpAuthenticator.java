package org.homegw.labacs.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code Authorization} header of a request against an {@link AuthPolicy}: Basic, or
 * Digest with qop=auth (MD5, MD5-sess, SHA-256, SHA-256-sess). Nonces are issued here, expire after
 * a while (then the challenge says {@code stale=true}) and a nonce count may not repeat.
 * Thread-safe.
 */
public final class HttpAuthenticator {

    private static final System.Logger LOG = System.getLogger(HttpAuthenticator.class.getName());
    private static final int MAX_NONCES = 4096;

    /** The outcome: accepted, or the {@code WWW-Authenticate} values of the 401 to send. */
    public sealed interface Verdict {
    }

    /** The request carries valid credentials. */
    public record Accepted(String username) implements Verdict {
    }

    /** The request must be answered 401 with these {@code WWW-Authenticate} header values. */
    public record Challenge(List<String> wwwAuthenticate, String reason) implements Verdict {
        public Challenge {
            wwwAuthenticate = List.copyOf(wwwAuthenticate);
        }
    }

    private final AuthPolicy policy;
    private final Clock clock;
    private final Duration nonceLifetime;
    private final SecureRandom random = new SecureRandom();
    /** nonce → state; insertion-ordered so the oldest are dropped first when full. */
    private final Map<String, NonceState> nonces = new LinkedHashMap<>();

    private static final class NonceState {
        final Instant issued;
        long lastNc;

        NonceState(Instant issued) {
            this.issued = issued;
        }
    }

    public HttpAuthenticator(AuthPolicy policy, Clock clock, Duration nonceLifetime) {
        this.policy = policy;
        this.clock = clock;
        this.nonceLifetime = nonceLifetime;
    }

    public HttpAuthenticator(AuthPolicy policy) {
        this(policy, Clock.systemUTC(), Duration.ofMinutes(5));
    }

    public AuthPolicy policy() {
        return policy;
    }

    /** Checks a request; {@code requestUri} is the raw path and query the client sent. */
    public Verdict check(String method, String requestUri, String authorization) {
        switch (policy.scheme()) {
            case NONE:
                return new Accepted("");
            case BASIC:
                return checkBasic(authorization);
            default:
                return checkDigest(method, requestUri, authorization);
        }
    }

    /** A fresh challenge, e.g. for a "401 loop" fault. */
    public Challenge challenge(String reason) {
        return challenge(reason, false);
    }

    private Verdict checkBasic(String authorization) {
        AuthParams p = AuthParams.parse(authorization);
        if (p == null || !p.scheme().equalsIgnoreCase("Basic") || p.get("token") == null) {
            return challenge("no Basic credentials", false);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(p.get("token")), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge("Basic credentials are not base64", false);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge("Basic credentials without ':'", false);
        }
        String user = decoded.substring(0, colon);
        String pass = decoded.substring(colon + 1);
        Credentials c = policy.credentials();
        if (equal(user, c.username()) & equal(pass, c.password())) {
            return new Accepted(user);
        }
        return challenge("wrong Basic credentials for '" + user + "'", false);
    }

    private Verdict checkDigest(String method, String requestUri, String authorization) {
        AuthParams p = AuthParams.parse(authorization);
        if (p == null || !p.scheme().equalsIgnoreCase("Digest")) {
            return challenge("no Digest credentials", false);
        }
        String username = p.get("username");
        String nonce = p.get("nonce");
        String uri = p.get("uri");
        String response = p.get("response");
        String qop = p.get("qop");
        String nc = p.get("nc");
        String cnonce = p.get("cnonce");
        String algorithmToken = p.get("algorithm");
        if (username == null || nonce == null || uri == null || response == null) {
            return challenge("Digest credentials lack username, nonce, uri or response", false);
        }
        DigestAlgorithm algorithm = DigestAlgorithm.fromToken(algorithmToken);
        if (algorithm == null || !policy.algorithms().contains(algorithm)) {
            return challenge("Digest algorithm '" + algorithmToken + "' not offered", false);
        }
        if (!policy.realm().equals(p.get("realm"))) {
            return challenge("Digest realm '" + p.get("realm") + "' is not ours", false);
        }
        if (!sameResource(uri, requestUri)) {
            return challenge("Digest uri '" + uri + "' is not the request URI '" + requestUri + "'", false);
        }
        if (qop != null && (!qop.equals("auth") || nc == null || cnonce == null)) {
            return challenge("Digest qop '" + qop + "' without nc/cnonce or not 'auth'", false);
        }
        Credentials c = policy.credentials();
        String expected = algorithm.response(c.username(), policy.realm(), c.password(), algorithmToken,
                method, uri, nonce, nc, cnonce, qop);
        boolean ok = equal(username, c.username()) & equal(response.toLowerCase(), expected);
        if (!ok) {
            return challenge("wrong Digest response for '" + username + "'", false);
        }
        synchronized (nonces) {
            NonceState state = nonces.get(nonce);
            if (state == null) {
                return challenge("unknown Digest nonce", true);
            }
            if (Duration.between(state.issued, clock.instant()).compareTo(nonceLifetime) > 0) {
                nonces.remove(nonce);
                return challenge("expired Digest nonce", true);
            }
            if (qop != null) {
                long count;
                try {
                    count = Long.parseLong(nc, 16);
                } catch (NumberFormatException e) {
                    return challenge("Digest nc '" + nc + "' is not hex", false);
                }
                if (count <= state.lastNc) {
                    return challenge("Digest nc " + nc + " replayed", true);
                }
                state.lastNc = count;
            }
        }
        return new Accepted(username);
    }

    private Challenge challenge(String reason, boolean stale) {
        LOG.log(System.Logger.Level.DEBUG, "authentication challenge: {0}", reason);
        List<String> headers = new ArrayList<>();
        if (policy.scheme() == AuthScheme.BASIC) {
            headers.add("Basic realm=" + AuthParams.quote(policy.realm()) + ", charset=\"UTF-8\"");
            return new Challenge(headers, reason);
        }
        String nonce = newNonce();
        String opaque = HexFormat.of().formatHex(randomBytes(8));
        for (DigestAlgorithm a : policy.algorithms()) {
            headers.add("Digest realm=" + AuthParams.quote(policy.realm())
                    + ", qop=\"auth\", algorithm=" + a.token()
                    + ", nonce=" + AuthParams.quote(nonce)
                    + ", opaque=" + AuthParams.quote(opaque)
                    + (stale ? ", stale=true" : ""));
        }
        return new Challenge(headers, reason);
    }

    private String newNonce() {
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
        synchronized (nonces) {
            if (nonces.size() >= MAX_NONCES) {
                nonces.remove(nonces.keySet().iterator().next());
            }
            nonces.put(nonce, new NonceState(clock.instant()));
        }
        return nonce;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** The digest {@code uri} may be the path+query or an absolute URL with that path+query. */
    static boolean sameResource(String digestUri, String requestUri) {
        String u = digestUri;
        int scheme = u.indexOf("://");
        if (scheme > 0) {
            int slash = u.indexOf('/', scheme + 3);
            u = slash < 0 ? "/" : u.substring(slash);
        }
        return u.equals(requestUri);
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
