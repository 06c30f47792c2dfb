package org.homegw.cwmp.message;

import java.util.Objects;

/** Asks the CPE to reboot after the session; the CommandKey comes back with the "M Reboot" event. */
public record Reboot(String commandKey) implements CwmpRequest {
    public Reboot {
        Objects.requireNonNull(commandKey, "commandKey");
    }
}
