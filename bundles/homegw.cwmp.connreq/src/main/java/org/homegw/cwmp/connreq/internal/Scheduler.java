package org.homegw.cwmp.connreq.internal;

import java.time.Duration;

/** Runs delayed tasks; injected so that keep-alive and polling logic can be tested without waiting. */
public interface Scheduler {

    /** Runs the task once after the delay; the answer cancels it if it has not run yet. */
    Cancellable schedule(Runnable task, Duration delay);

    /** A scheduled task that may still be cancelled. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
