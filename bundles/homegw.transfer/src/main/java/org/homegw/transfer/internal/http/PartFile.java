package org.homegw.transfer.internal.http;

import static org.homegw.transfer.internal.http.TransferFaults.CORRUPTED;
import static org.homegw.transfer.internal.http.TransferFaults.INCOMPLETE;
import static org.homegw.transfer.internal.http.TransferFaults.INTERNAL_ERROR;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The partial file of a resumable download, written the same way for every protocol: the body goes
 * in after the first {@code offset} bytes already there, is forced to disk every so many bytes and at
 * the end, and each forced length is told to {@link DownloadProgress#synced} as the resume point a
 * power loss may not lose.
 */
public final class PartFile {

    /** Opens the body to read (an HTTP answer's, an FTP data connection's). */
    @FunctionalInterface
    public interface Body {
        InputStream open() throws IOException;
    }

    private static final int BUFFER = 64 * 1024;

    private PartFile() {
    }

    /**
     * Appends {@code body} to {@code part} from {@code offset}, at most up to {@code maxBytes} in all.
     *
     * @param source what is read, for fault messages ("FTP data", "download from files.example")
     * @return the bytes received (not counting {@code offset})
     * @throws TransferFailure 9018 when the body is larger than allowed; 9017 when it is cut short (the
     *     bytes so far are synced first) or the gateway shuts down; {@code abort}'s failure when the
     *     transfer is cancelled; 9002 when the part file cannot be written
     */
    public static long append(Body body, Path part, long offset, long maxBytes, long syncEvery,
            DownloadProgress progress, TransferAbort abort, String source) throws TransferFailure {
        long received = 0;
        try (InputStream in = body.open();
                FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            out.truncate(offset);
            out.position(offset);
            byte[] buf = new byte[BUFFER];
            ByteBuffer bb = ByteBuffer.wrap(buf);
            try {
                long sinceSync = 0;
                for (int n; (n = in.read(buf)) >= 0; ) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new TransferFailure(INCOMPLETE, "download interrupted (shutdown)");
                    }
                    abort.check();
                    if (offset + received + n > maxBytes) {
                        throw new TransferFailure(CORRUPTED, "file is larger than the " + maxBytes + " bytes expected");
                    }
                    bb.clear().limit(n);
                    while (bb.hasRemaining()) {
                        out.write(bb);
                    }
                    received += n;
                    sinceSync += n;
                    if (sinceSync >= syncEvery) {
                        out.force(false);
                        progress.synced(offset + received);
                        sinceSync = 0;
                    }
                }
            } catch (IOException e) {
                out.force(true);
                progress.synced(offset + received);
                throw new TransferFailure(INCOMPLETE, source + " cut short after " + (offset + received) + " bytes: "
                        + e.getMessage(), e);
            }
            out.force(true);
            progress.synced(offset + received);
        } catch (IOException e) {
            throw new TransferFailure(INTERNAL_ERROR, "cannot write " + part + ": " + e.getMessage(), e);
        }
        return received;
    }
}
