package org.homegw.cwmp.client.internal.agent;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The production {@link AgentScheduler}: one daemon thread, so sessions never overlap. */
public final class ExecutorAgentScheduler implements AgentScheduler, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ExecutorAgentScheduler.class.getName());

    private final ScheduledExecutorService executor;

    public ExecutorAgentScheduler(String threadName) {
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
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

    /** Stops the thread, waiting up to {@code grace} for a running session to finish. */
    public void close(Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
