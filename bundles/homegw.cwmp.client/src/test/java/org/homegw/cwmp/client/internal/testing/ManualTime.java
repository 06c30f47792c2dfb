package org.homegw.cwmp.client.internal.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.homegw.cwmp.client.internal.agent.AgentScheduler;

/** A fake clock and a scheduler that runs tasks only when the test advances time. */
public final class ManualTime extends Clock implements AgentScheduler {

    private final class Entry implements Task {
        final Instant due;
        final long seq;
        final Runnable task;
        boolean cancelled;

        Entry(Instant due, long seq, Runnable task) {
            this.due = due;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private Instant now;
    private long seq;
    private final List<Entry> queue = new ArrayList<>();

    public ManualTime(Instant start) {
        this.now = start;
    }

    @Override
    public Task schedule(Duration delay, Runnable task) {
        Entry e = new Entry(now.plus(delay.isNegative() ? Duration.ZERO : delay), seq++, task);
        queue.add(e);
        return e;
    }

    /** Runs every task due now (including those they schedule for now). */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Moves time forward, running due tasks in order at their due times. */
    public void advance(Duration d) {
        Instant end = now.plus(d);
        while (true) {
            Entry next = queue.stream().filter(e -> !e.cancelled && !e.due.isAfter(end))
                    .min(Comparator.comparing((Entry e) -> e.due).thenComparingLong(e -> e.seq)).orElse(null);
            if (next == null) {
                break;
            }
            queue.remove(next);
            if (next.due.isAfter(now)) {
                now = next.due;
            }
            next.task.run();
        }
        now = end;
        queue.removeIf(e -> e.cancelled);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
