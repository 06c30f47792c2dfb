package org.homegw.diagnostics.internal.transfer;

import java.io.IOException;
import java.io.OutputStream;

import org.homegw.diagnostics.internal.core.Cancellation;

/** The upload payload of a fixed-length test (TestFileLength), shared by the HTTP and FTP exchanges. */
final class TestPayload {

    private TestPayload() {
    }

    /**
     * Writes {@code length} bytes from {@code block} (repeated), checking for cancellation and reporting
     * progress of connection {@code index} as {@code sentBefore} plus the bytes written; answers the new total.
     */
    static long send(OutputStream out, byte[] block, long length, int index, long sentBefore, FullLoading meter,
            Cancellation cancel) throws IOException, InterruptedException {
        long sent = sentBefore;
        for (long left = length; left > 0; ) {
            cancel.check();
            int n = (int) Math.min(block.length, left);
            out.write(block, 0, n);
            left -= n;
            sent += n;
            meter.progress(index, sent);
        }
        return sent;
    }
}
