package org.homegw.cwmp.message;

import java.util.Objects;

/** The CPE forwards a web "kick" to the ACS. */
public record Kicked(String command, String referer, String arg, String next) implements CwmpRequest {
    public Kicked {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(referer, "referer");
        Objects.requireNonNull(arg, "arg");
        Objects.requireNonNull(next, "next");
    }
}
