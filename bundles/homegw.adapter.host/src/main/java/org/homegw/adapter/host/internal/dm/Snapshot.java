package org.homegw.adapter.host.internal.dm;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A value read from the host, reused while younger than {@code maxAge}: one GetParameterValues of
 * a subtree asks a provider many times (per table and per instance) and should see one consistent
 * reading, not one per call.
 */
final class Snapshot<T> {

    /** Reads the value; may fail. */
    @FunctionalInterface
    interface Source<T> {
        T read() throws IOException;
    }

    private final Clock clock;
    private final Duration maxAge;
    private final Source<T> source;
    private T value;
    private Instant readAt;

    Snapshot(Clock clock, Duration maxAge, Source<T> source) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.source = source;
    }

    synchronized T get() throws IOException {
        Instant now = clock.instant();
        if (value == null || now.isBefore(readAt) || !now.isBefore(readAt.plus(maxAge))) {
            value = source.read();
            readAt = now;
        }
        return value;
    }
}
