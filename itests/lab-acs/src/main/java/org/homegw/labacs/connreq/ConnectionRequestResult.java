package org.homegw.labacs.connreq;

/**
 * What a Connection Request got: the final HTTP status, the authentication used
 * ({@code none}, {@code Basic} or {@code Digest}), the Digest algorithm if any, and the number of GETs sent.
 */
public record ConnectionRequestResult(int status, String authScheme, String algorithm, int attempts) {

    /** 200 or 204: the CPE accepted and will open a session (TR-069 §3.2.2). */
    public boolean accepted() {
        return status == 200 || status == 204;
    }
}
