package org.homegw.transfer.internal.engine;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The production scheduler: one daemon worker thread, so transfers run one after another. */
public final class ExecutorTransferScheduler implements TransferScheduler, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ExecutorTransferScheduler.class.getName());

    private final ScheduledExecutorService executor;

    public ExecutorTransferScheduler(String threadName) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Task schedule(Duration delay, Runnable work) {
        ScheduledFuture<?> f = executor.schedule(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.ERROR, "transfer worker task failed", e);
            }
        }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    /** Stops the worker, interrupting a running transfer (it resumes after the next start). */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "transfer worker did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
