package org.homegw.diagnostics.internal.transfer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * IncrementalResult rows of a time-based TR-143 test (TimeBasedTestDuration &gt; 0 and
 * TimeBasedTestMeasurementInterval &gt; 0): interval k runs from BOMTime + Offset + (k-1)·Interval
 * for Interval seconds; a row is made when its interval has completed, with the test bytes all
 * connections moved in it and the interface's IP-layer counters over it. Runs on its own thread
 * beside the connections and stops when they are all done or the row limit is reached.
 */
final class IncrementalResults {

    private final FullLoading meter;
    private final Clock clock;
    private final Supplier<InterfaceCounters> counters;
    private final long offsetMillis;
    private final long intervalMillis;
    private final int maxRows;
    /** A connection's clock and ours may differ by a scheduling slice at the test's end. */
    private static final long END_SLACK_MILLIS = 250;
    private final String testBytesName;
    private final List<Map<String, String>> rows = new ArrayList<>();

    IncrementalResults(FullLoading meter, Clock clock, Supplier<InterfaceCounters> counters, long offsetSeconds,
            long intervalSeconds, int maxRows, String testBytesName) {
        this.meter = meter;
        this.clock = clock;
        this.counters = counters;
        this.offsetMillis = offsetSeconds * 1000;
        this.intervalMillis = intervalSeconds * 1000;
        this.maxRows = maxRows;
        this.testBytesName = testBytesName;
    }

    /**
     * Samples the intervals that fit in {@code durationMillis} after BOM; stops early when
     * {@code done} says the connections finished well before an interval's end (a body that ended
     * before the test's duration). Waits at most {@code maxWaitMillis} for BOM.
     */
    void collect(BooleanSupplier done, long durationMillis, long maxWaitMillis) throws InterruptedException {
        if (meter.awaitFirstByte(maxWaitMillis) == null) {
            return;
        }
        sleepUntil(offsetMillis, done);
        Instant start = clock.instant();
        long bytes = meter.testBytesSoFar();
        InterfaceCounters c = counters.get();
        for (int k = 1; k <= maxRows && offsetMillis + k * intervalMillis <= durationMillis; k++) {
            if (!sleepUntil(offsetMillis + k * intervalMillis, done)) {
                return;
            }
            Instant end = clock.instant();
            long nowBytes = meter.testBytesSoFar();
            InterfaceCounters nowCounters = counters.get();
            InterfaceCounters moved = nowCounters.since(c);
            Map<String, String> row = new LinkedHashMap<>();
            row.put(testBytesName, Long.toString(nowBytes - bytes));
            row.put("TotalBytesReceived", Long.toString(Math.max(0, moved.received())));
            row.put("TotalBytesSent", Long.toString(Math.max(0, moved.sent())));
            row.put("StartTime", TransferTest.format(start));
            row.put("EndTime", TransferTest.format(end));
            synchronized (rows) {
                rows.add(row);
            }
            start = end;
            bytes = nowBytes;
            c = nowCounters;
        }
    }

    /** Sleeps until {@code millis} after BOM; false when the connections finished clearly before. */
    private boolean sleepUntil(long millis, BooleanSupplier done) throws InterruptedException {
        while (meter.millisSinceFirstByte() < millis) {
            if (done.getAsBoolean()) {
                return meter.millisSinceFirstByte() >= millis - END_SLACK_MILLIS;
            }
            Thread.sleep(Math.min(20, Math.max(1, millis - meter.millisSinceFirstByte())));
        }
        return true;
    }

    List<Map<String, String>> rows() {
        synchronized (rows) {
            return List.copyOf(rows);
        }
    }
}
