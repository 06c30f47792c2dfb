package org.homegw.cwmp.message;

import java.util.Objects;

/** Cancels a queued transfer by CommandKey (CWMP 1.2+). */
public record CancelTransfer(String commandKey) implements CwmpRequest {
    public CancelTransfer {
        Objects.requireNonNull(commandKey, "commandKey");
    }
}
