package org.homegw.transfer.internal.http;

/**
 * Stops a running download or upload from another thread (CancelTransfer). The transfer checks it
 * before every connection and between the blocks it reads or writes, so it stops within one block
 * while data flows. A server that stalls mid-body holds the worker until the read timeout: on
 * JDK 17 neither interrupting the thread nor HttpURLConnection.disconnect() from another thread
 * ends a blocked read (disconnect waits for the read's lock), and the caller must not block.
 */
public final class TransferAbort {

    private volatile boolean aborted;

    /** Aborts the transfer; never blocks; safe before, during and after it. */
    public void abort() {
        aborted = true;
    }

    public boolean aborted() {
        return aborted;
    }

    /** Fails when aborted: called before each connection and block. */
    public void check() throws TransferFailure {
        if (aborted) {
            throw new TransferFailure(TransferFaults.INCOMPLETE, "transfer cancelled");
        }
    }
}
