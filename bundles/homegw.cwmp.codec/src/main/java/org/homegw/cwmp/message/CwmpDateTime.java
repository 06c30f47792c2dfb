package org.homegw.cwmp.message;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * CWMP dateTime values. Messages keep dateTime fields as the lexical string because CWMP uses
 * values {@link Instant} cannot express faithfully (the Unknown Time, un-zoned relative times).
 */
public final class CwmpDateTime {
    /** The TR-106 "Unknown Time" value. */
    public static final String UNKNOWN_TIME = "0001-01-01T00:00:00Z";

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private CwmpDateTime() {
    }

    /** An instant in UTC with whole seconds, e.g. {@code 2026-11-27T07:05:00Z}. */
    public static String of(Instant instant) {
        return SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
