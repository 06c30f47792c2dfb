package org.homegw.diagnostics.internal.transfer;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;

/**
 * Measures the TR-143 "full loading" period of a multi-connection test: from the moment the last
 * connection receives (sends) its first byte to the moment the first connection ends. Connections
 * report their byte counts as they go; the window's byte counts are read at its two edges.
 */
public final class FullLoading {

    private final Clock clock;
    private final Supplier<InterfaceCounters> counters;
    private final AtomicLongArray bytes;
    private int begun;
    private boolean ended;
    private long startBytes;
    private long endBytes;
    private Instant start;
    private Instant end;
    private InterfaceCounters startCounters = InterfaceCounters.UNKNOWN;
    private InterfaceCounters endCounters = InterfaceCounters.UNKNOWN;
    /** When the first connection moved its first byte (the test's BOM); null before. */
    private Instant firstByte;
    private long firstByteNanos;

    public FullLoading(int connections, Clock clock, Supplier<InterfaceCounters> counters) {
        this.clock = clock;
        this.counters = counters;
        this.bytes = new AtomicLongArray(connections);
    }

    /** Connection {@code i} has moved {@code total} test bytes so far. */
    public void progress(int i, long total) {
        bytes.set(i, total);
    }

    /** Connection {@code i} moved its first byte. */
    public synchronized void begun(int i) {
        if (firstByte == null) {
            firstByte = clock.instant();
            firstByteNanos = System.nanoTime();
            notifyAll();
        }
        if (++begun == bytes.length()) {
            start = clock.instant();
            startBytes = sum();
            startCounters = counters.get();
        }
    }

    /** Connection {@code i} moved its last byte. */
    public synchronized void ended(int i) {
        if (!ended && start != null) {
            ended = true;
            end = clock.instant();
            endBytes = sum();
            endCounters = counters.get();
        }
    }

    /** The test's BOM (first byte of any connection), waiting up to {@code millis}; null if none came. */
    public synchronized Instant awaitFirstByte(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (firstByte == null) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return null;
            }
            wait(left);
        }
        return firstByte;
    }

    /** Milliseconds since the test's first byte; 0 before it. Time-based tests end at their duration. */
    public synchronized long millisSinceFirstByte() {
        return firstByte == null ? 0 : (System.nanoTime() - firstByteNanos) / 1_000_000L;
    }

    /** Test bytes all connections moved so far. */
    public long testBytesSoFar() {
        return sum();
    }

    private long sum() {
        long s = 0;
        for (int i = 0; i < bytes.length(); i++) {
            s += bytes.get(i);
        }
        return s;
    }

    /** Test bytes moved under full loading; 0 if the connections never all ran together. */
    public synchronized long testBytes() {
        return end == null ? 0 : endBytes - startBytes;
    }

    /** The period in microseconds. */
    public synchronized long periodMicros() {
        return end == null ? 0 : java.time.Duration.between(start, end).toNanos() / 1000;
    }

    public synchronized InterfaceCounters interfaceBytes() {
        return end == null ? InterfaceCounters.UNKNOWN : endCounters.since(startCounters);
    }
}
