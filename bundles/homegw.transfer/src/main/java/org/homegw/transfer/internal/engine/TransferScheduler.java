package org.homegw.transfer.internal.engine;

import java.time.Duration;

/**
 * Runs transfer work off the CWMP session thread, one task at a time. Injected so tests can run
 * the worker synchronously and move time by hand.
 */
public interface TransferScheduler {

    /** A scheduled task that may still be cancelled. */
    interface Task {
        void cancel();
    }

    /** Runs {@code work} after {@code delay} on the worker thread. */
    Task schedule(Duration delay, Runnable work);
}
