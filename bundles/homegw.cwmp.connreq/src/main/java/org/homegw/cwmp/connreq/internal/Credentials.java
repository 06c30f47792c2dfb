package org.homegw.cwmp.connreq.internal;

import java.util.Objects;

/** ConnectionRequestUsername and ConnectionRequestPassword as read from the data model. */
public record Credentials(String username, String password) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /**
     * Both empty means the ACS has not provisioned Connection Request credentials. We then refuse
     * every request rather than accept an empty digest (secure by default; TR-069 does not say).
     */
    public boolean isProvisioned() {
        return !username.isEmpty() || !password.isEmpty();
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***]";
    }
}
