package org.homegw.cwmp.client.internal.agent;

import java.time.Duration;

/**
 * Runs the agent's work on its one thread (so sessions never overlap), now or after a delay.
 * Production uses a single-thread executor; tests use a manual scheduler over a fake clock.
 */
public interface AgentScheduler {

    /** A scheduled task that can still be cancelled. */
    interface Task {
        void cancel();
    }

    Task schedule(Duration delay, Runnable task);
}
