package org.homegw.transfer.internal.engine;

import java.lang.System.Logger.Level;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.homegw.transfer.internal.http.TransferAbort;
import org.homegw.transfer.internal.queue.TransferRecord;
import org.homegw.transfer.internal.queue.TransferState;
import org.homegw.transfer.internal.queue.TransferStore;

/**
 * CancelTransfer against the worker thread: removes the matching records, stops the transfer whose
 * bytes are moving now, and keeps the worker from persisting or reporting a cancelled transfer again.
 * One lock (this object) guards both sides: the worker moves a record past TRANSFERRING only through
 * {@link #putIfActive}, so a cancel sees either the old state or the new one, never a half step.
 */
final class TransferCancellation {

    private static final System.Logger LOG = System.getLogger(TransferCancellation.class.getName());

    /** Outcome of a CancelTransfer. */
    enum Outcome {
        CANCELLED, UNKNOWN, TOO_LATE
    }

    private final TransferStore store;
    private final TransferWorker worker;
    /** Ids cancelled while started: the worker must neither persist nor report them again. */
    private final Set<Long> cancelled = new HashSet<>();
    /** The transfer whose bytes are moving now, and how to stop it. */
    private long runningId = -1;
    private TransferAbort runningAbort;

    TransferCancellation(TransferStore store, TransferWorker worker) {
        this.store = store;
        this.worker = worker;
    }

    /** See {@link TransferEngine#cancel(String)}. */
    synchronized Outcome cancel(String commandKey) {
        List<TransferRecord> matching = store.all().stream().filter(r -> r.commandKey().equals(commandKey)).toList();
        if (matching.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        if (matching.stream().anyMatch(r -> r.state() != TransferState.QUEUED && r.state() != TransferState.TRANSFERRING)) {
            return Outcome.TOO_LATE;
        }
        for (TransferRecord r : matching) {
            cancelled.add(r.id());
            store.remove(r.id());
            if (runningId == r.id()) {
                // the worker cleans the work files once its connection is closed
                runningAbort.abort();
                LOG.log(Level.INFO, "cancelled {0} while transferring; stopping it", r);
            } else {
                worker.clean(r);
                LOG.log(Level.INFO, "cancelled {0}", r);
            }
        }
        return Outcome.CANCELLED;
    }

    /** Persists a worker's update unless the transfer was cancelled meanwhile. */
    synchronized boolean putIfActive(TransferRecord r) {
        if (cancelled.contains(r.id())) {
            return false;
        }
        store.put(r);
        return true;
    }

    /** The worker starts moving bytes for {@code r}; null if it was cancelled already. */
    synchronized TransferAbort beginTransfer(TransferRecord r) {
        if (cancelled.contains(r.id())) {
            return null;
        }
        runningId = r.id();
        runningAbort = new TransferAbort();
        return runningAbort;
    }

    /** The worker stopped moving bytes for {@code r}; true if it was cancelled (its files are then deleted). */
    synchronized boolean endTransfer(TransferRecord r) {
        runningId = -1;
        runningAbort = null;
        if (cancelled.remove(r.id())) {
            worker.clean(r);
            LOG.log(Level.INFO, "{0} stopped after its cancellation; work files deleted", r);
            return true;
        }
        return false;
    }

    /** A cancelled transfer the worker was still holding: forget it and delete its files. */
    void dropCancelled(TransferRecord r) {
        synchronized (this) {
            cancelled.remove(r.id());
        }
        worker.clean(r);
        LOG.log(Level.INFO, "{0} cancelled before it could complete; work files deleted", r);
    }
}
