package org.homegw.transfer.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Vendor Log File upload: the last {@code maxBytes} of a log, oldest first ({@code <name>.1} then
 * {@code <name>}, as the launcher's rotating sink names the gateway's {@code homegw.log}).
 */
public final class LogTail {

    public static final String CURRENT = "homegw.log";

    private final long maxBytes;

    public LogTail(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public void writeTo(Path current, Path target) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : new Path[] {current.resolveSibling(current.getFileName() + ".1"), current}) {
            if (Files.isRegularFile(p)) {
                files.add(p);
            }
        }
        long total = 0;
        for (Path p : files) {
            total += Files.size(p);
        }
        long skip = Math.max(0, total - maxBytes);
        try (OutputStream out = Files.newOutputStream(target)) {
            for (Path p : files) {
                long size = Files.size(p);
                if (skip >= size) {
                    skip -= size;
                    continue;
                }
                try (InputStream in = Files.newInputStream(p)) {
                    in.skipNBytes(skip);
                    // a file still growing: send only what existed when we measured
                    copy(in, out, size - skip);
                    skip = 0;
                }
            }
        }
    }

    private static void copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buf = new byte[16 * 1024];
        long left = limit;
        for (int n; left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0; ) {
            out.write(buf, 0, n);
            left -= n;
        }
    }
}
