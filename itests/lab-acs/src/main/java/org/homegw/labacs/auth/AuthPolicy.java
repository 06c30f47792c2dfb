package org.homegw.labacs.auth;

import java.util.List;
import java.util.Objects;

/**
 * What a server part of the lab ACS asks of its clients: the scheme, the one accepted
 * credential pair, the realm, and for Digest the algorithms offered (in the order of the
 * {@code WWW-Authenticate} headers).
 */
public record AuthPolicy(AuthScheme scheme, Credentials credentials, String realm, List<DigestAlgorithm> algorithms) {

    public AuthPolicy {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(realm, "realm");
        algorithms = List.copyOf(algorithms);
        if (scheme != AuthScheme.NONE) {
            Objects.requireNonNull(credentials, "credentials are needed for " + scheme);
        }
        if (scheme == AuthScheme.DIGEST && algorithms.isEmpty()) {
            throw new IllegalArgumentException("Digest needs at least one algorithm");
        }
    }

    /** No authentication. */
    public static AuthPolicy none() {
        return new AuthPolicy(AuthScheme.NONE, null, "homegw-lab-acs", List.of());
    }

    /** Basic with one credential pair. */
    public static AuthPolicy basic(String username, String password) {
        return new AuthPolicy(AuthScheme.BASIC, new Credentials(username, password), "homegw-lab-acs", List.of());
    }

    /** Digest, offering SHA-256 first and MD5 second. */
    public static AuthPolicy digest(String username, String password) {
        return digest(username, password, List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5));
    }

    /** Digest offering exactly these algorithms. */
    public static AuthPolicy digest(String username, String password, List<DigestAlgorithm> algorithms) {
        return new AuthPolicy(AuthScheme.DIGEST, new Credentials(username, password), "homegw-lab-acs", algorithms);
    }
}
