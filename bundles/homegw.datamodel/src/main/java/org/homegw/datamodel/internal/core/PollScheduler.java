package org.homegw.datamodel.internal.core;

import java.time.Duration;

/** Runs a task repeatedly; injected so that polling logic is tested without real time passing. */
@FunctionalInterface
public interface PollScheduler {

    /** Runs {@code task} every {@code period} (first run after one period) until the answer is closed. */
    AutoCloseable every(Duration period, Runnable task);
}
