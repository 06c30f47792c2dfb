package org.homegw.labacs.auth;

import java.util.Objects;

/** A username and password pair. */
public record Credentials(String username, String password) {
    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Credentials[" + username + ", ****]";
    }
}
