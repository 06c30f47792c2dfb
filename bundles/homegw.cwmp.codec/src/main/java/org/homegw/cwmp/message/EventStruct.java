package org.homegw.cwmp.message;

import java.util.Objects;

/**
 * One Inform event: its code (e.g. {@code "1 BOOT"}, {@code "M Reboot"}) and the CommandKey of the
 * method that caused it ("" if none).
 */
public record EventStruct(String eventCode, String commandKey) {
    public EventStruct {
        Objects.requireNonNull(eventCode, "eventCode");
        Objects.requireNonNull(commandKey, "commandKey");
    }
}
