package org.homegw.cwmp.message;

import java.util.Objects;

/** Asks the CPE to open a session after delaySeconds with events "3 SCHEDULED" and "M ScheduleInform". */
public record ScheduleInform(long delaySeconds, String commandKey) implements CwmpRequest {
    public ScheduleInform {
        Objects.requireNonNull(commandKey, "commandKey");
    }
}
