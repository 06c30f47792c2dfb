package org.homegw.diagnostics.internal.core;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets a running test be stopped: blocking sockets and processes register themselves and are closed
 * (or destroyed) on {@link #cancel()}, which ends their blocking calls with an exception.
 */
public final class Cancellation {

    private final List<Closeable> resources = new ArrayList<>();
    private boolean cancelled;

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Registers a resource to close on cancel; closes it at once if already cancelled. */
    public void register(Closeable resource) {
        synchronized (this) {
            if (!cancelled) {
                resources.add(resource);
                return;
            }
        }
        closeQuietly(resource);
    }

    public synchronized void unregister(Closeable resource) {
        resources.remove(resource);
    }

    public void cancel() {
        List<Closeable> toClose;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toClose = new ArrayList<>(resources);
            resources.clear();
        }
        toClose.forEach(Cancellation::closeQuietly);
    }

    /** Throws InterruptedException when the run was cancelled; call between steps of a test. */
    public void check() throws InterruptedException {
        if (isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("diagnostic cancelled");
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            // closing is how the blocked call is ended; a failure to close changes nothing
        }
    }
}
