package org.homegw.transfer.internal.queue;

import java.time.Instant;
import java.util.Objects;

/** A ScheduleDownload time window in absolute time, with its mode (e.g. "1 At Any Time"). */
public record TimeWindow(Instant start, Instant end, String mode, String userMessage, int maxRetries) {
    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(mode, "mode");
        userMessage = userMessage == null ? "" : userMessage;
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && !t.isAfter(end);
    }
}
