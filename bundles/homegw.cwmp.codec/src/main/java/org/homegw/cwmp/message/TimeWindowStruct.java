package org.homegw.cwmp.message;

import java.util.Objects;

/**
 * A ScheduleDownload time window: offsets in seconds from the request, mode (e.g. {@code "1 At Any
 * Time"}), user message and retries (-1 = CPE default).
 */
public record TimeWindowStruct(long windowStart, long windowEnd, String windowMode, String userMessage,
        int maxRetries) {
    public TimeWindowStruct {
        Objects.requireNonNull(windowMode, "windowMode");
        Objects.requireNonNull(userMessage, "userMessage");
    }
}
