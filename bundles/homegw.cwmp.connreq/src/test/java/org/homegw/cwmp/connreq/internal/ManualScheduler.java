package org.homegw.cwmp.connreq.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Scheduler} whose tasks run only when the test says so. */
public final class ManualScheduler implements Scheduler {

    /** A scheduled task. */
    public static final class Task {
        public final Runnable runnable;
        public final Duration delay;
        volatile boolean cancelled;
        volatile boolean ran;

        Task(Runnable runnable, Duration delay) {
            this.runnable = runnable;
            this.delay = delay;
        }
    }

    private final List<Task> tasks = new ArrayList<>();

    @Override
    public synchronized Cancellable schedule(Runnable task, Duration delay) {
        Task t = new Task(task, delay);
        tasks.add(t);
        return () -> t.cancelled = true;
    }

    /** Tasks neither run nor cancelled, in scheduling order. */
    public synchronized List<Task> pending() {
        return tasks.stream().filter(t -> !t.cancelled && !t.ran).toList();
    }

    /** Runs the oldest pending task; fails when there is none. */
    public Task runNext() {
        Task t;
        synchronized (this) {
            t = pending().stream().findFirst().orElseThrow(() -> new AssertionError("nothing scheduled"));
            t.ran = true;
        }
        t.runnable.run();
        return t;
    }
}
