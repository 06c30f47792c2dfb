package org.homegw.cwmp.connreq.internal;

import java.util.Objects;

/** ConnectionRequestUsername and ConnectionRequestPassword as read from the data model. */
public record Credentials(String username, String password) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /**
     * An empty password means Connection Request credentials are not provisioned (or the data model
     * hides the value from us). We then refuse every request rather than accept a digest anyone who
     * can read the username could compute (secure by default; TR-069 does not say).
     */
    public boolean isProvisioned() {
        return !password.isEmpty();
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***]";
    }
}
