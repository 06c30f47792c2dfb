package org.homegw.transfer.internal.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.homegw.testkit.SettableClock;
import org.homegw.transfer.internal.engine.TransferScheduler;

/** Runs scheduled work on the test thread, when the test says so and the clock allows. */
public final class ManualScheduler implements TransferScheduler {

    private final class Entry implements Task {
        final Instant due;
        final Runnable work;
        boolean cancelled;

        Entry(Instant due, Runnable work) {
            this.due = due;
            this.work = work;
        }

        @Override
        public void cancel() {
            synchronized (ManualScheduler.this) {
                cancelled = true;
                entries.remove(this);
            }
        }
    }

    private final SettableClock clock;
    private final List<Entry> entries = new ArrayList<>();

    public ManualScheduler(SettableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Task schedule(Duration delay, Runnable work) {
        Entry e = new Entry(clock.instant().plus(delay), work);
        entries.add(e);
        return e;
    }

    /** Runs every task that is due, including tasks they schedule for now. */
    public void runDue() {
        while (true) {
            Entry next;
            synchronized (this) {
                Optional<Entry> due = entries.stream().filter(e -> !e.due.isAfter(clock.instant()))
                        .min(Comparator.comparing(e -> e.due));
                if (due.isEmpty()) {
                    return;
                }
                next = due.get();
                entries.remove(next);
            }
            next.work.run();
        }
    }

    /** Moves the clock and runs what became due. */
    public void advance(Duration d) {
        clock.advance(d);
        runDue();
    }
}
