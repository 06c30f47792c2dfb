package org.homegw.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A UTC clock that moves only when the test moves it, so retry, expiry and periodic logic is tested
 * in milliseconds. Safe to read and move from several threads (servers under test read it on theirs).
 */
public final class SettableClock extends Clock {

    /** Where {@link #SettableClock()} starts: a fixed date, so results never depend on the day the build runs. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

    private Instant now;

    /** A clock at {@link #DEFAULT_START}. */
    public SettableClock() {
        this(DEFAULT_START);
    }

    /** A clock at {@code start}. */
    public SettableClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves the clock by {@code d} (a negative {@code d} moves it back, as a wall-clock step would). */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    /** Puts the clock at {@code instant}. */
    public synchronized void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A clock in {@code zone} that shows this clock's time and moves with it. */
    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(ZoneOffset.UTC)) {
            return this;
        }
        SettableClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
