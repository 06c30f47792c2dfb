package org.homegw.transfer.internal.queue;

/**
 * Where a transfer stands. Every change is persisted before the work of the next state starts, so a
 * restart continues from the last state reached and never applies a half-written file.
 */
public enum TransferState {
    /** Accepted, waiting for its DelaySeconds or time window. */
    QUEUED(1),
    /** Bytes are moving (the partial file may be resumed after a restart). */
    TRANSFERRING(2),
    /** The whole file is on disk and checked; applying it may be repeated safely. */
    DOWNLOADED(2),
    /** A firmware image is installed in the inactive bank; the outcome is known after the reboot. */
    AWAITING_REBOOT(2),
    /** Finished (success or fault); the TransferComplete is being handed to the CWMP client. */
    COMPLETED(3);

    private final int cwmpState;

    TransferState(int cwmpState) {
        this.cwmpState = cwmpState;
    }

    /** The QueuedTransferStruct State: 1 not yet started, 2 in progress, 3 completed. */
    public int cwmpState() {
        return cwmpState;
    }
}
