package org.homegw.cwmp.client.internal.agent;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The production {@link AgentScheduler}: one daemon thread, so sessions never overlap. */
public final class ExecutorAgentScheduler implements AgentScheduler, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ExecutorAgentScheduler.class.getName());

    private final ScheduledThreadPoolExecutor executor;

    public ExecutorAgentScheduler(String threadName) {
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        // on close, pending wake-ups (next periodic Inform, retry) are dropped, not waited for
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Task schedule(Duration delay, Runnable task) {
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // one failed decision must not kill the scheduler thread
                LOG.log(Level.ERROR, "CWMP agent task failed", e);
            }
        };
        try {
            ScheduledFuture<?> f = executor.schedule(guarded, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return () -> { };
        }
    }

    /**
     * Stops the thread, waiting up to {@code grace} for a running session to finish; answers whether
     * it finished in time (else the thread is interrupted and left to end on its own).
     */
    public boolean close(Duration grace) {
        executor.shutdown();
        try {
            if (executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.log(Level.WARNING, "CWMP session thread did not stop within " + grace.toSeconds() + " s");
        executor.shutdownNow();
        return false;
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
