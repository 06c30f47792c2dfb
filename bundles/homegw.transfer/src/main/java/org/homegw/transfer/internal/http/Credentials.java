package org.homegw.transfer.internal.http;

/** File-server credentials from the Download/Upload request; empty username = none. */
public record Credentials(String username, String password) {

    public static final Credentials NONE = new Credentials("", "");

    public Credentials {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    public boolean present() {
        return !username.isEmpty();
    }

    @Override
    public String toString() {
        return "Credentials[" + username + "]";
    }
}
