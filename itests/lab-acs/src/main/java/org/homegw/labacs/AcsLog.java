package org.homegw.labacs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Everything the lab ACS recorded, in order, with waiting for an entry to appear. Keeps the newest
 * {@code capacity} entries so a long-running ACS does not grow without bound. Thread-safe.
 */
public final class AcsLog {

    /** Builds an entry once its sequence number and time are known. */
    @FunctionalInterface
    public interface EntryFactory<T extends LogEntry> {
        T create(long seq, Instant time);
    }

    private final Clock clock;
    private final int capacity;
    private final Deque<LogEntry> entries = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();
    private long lastSeq;

    public AcsLog(Clock clock, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
    }

    public <T extends LogEntry> T append(EntryFactory<T> factory) {
        lock.lock();
        try {
            T entry = factory.create(++lastSeq, clock.instant());
            entries.addLast(entry);
            if (entries.size() > capacity) {
                entries.removeFirst();
            }
            appended.signalAll();
            return entry;
        } finally {
            lock.unlock();
        }
    }

    /** Sequence number of the newest entry (0 when empty): entries after it have a larger one. */
    public long lastSeq() {
        lock.lock();
        try {
            return lastSeq;
        } finally {
            lock.unlock();
        }
    }

    /** The entries that match, oldest first. */
    public List<LogEntry> select(Predicate<? super LogEntry> filter) {
        lock.lock();
        try {
            List<LogEntry> out = new ArrayList<>();
            for (LogEntry e : entries) {
                if (filter.test(e)) {
                    out.add(e);
                }
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The oldest entry of the type with a sequence number above {@code afterSeq} that matches,
     * waiting up to {@code timeout} for it to be recorded.
     *
     * @throws AwaitTimeoutException when none appeared in time
     */
    public <T extends LogEntry> T await(Class<T> type, long afterSeq, Predicate<? super T> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            long scannedUpTo = afterSeq;
            while (true) {
                for (LogEntry e : entries) {
                    if (e.seq() > scannedUpTo && type.isInstance(e) && match.test(type.cast(e))) {
                        return type.cast(e);
                    }
                }
                scannedUpTo = Math.max(scannedUpTo, lastSeq);
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AwaitTimeoutException("no " + type.getSimpleName() + " after entry " + afterSeq
                            + " within " + timeout);
                }
                appended.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwaitTimeoutException("interrupted while waiting for " + type.getSimpleName());
        } finally {
            lock.unlock();
        }
    }
}
