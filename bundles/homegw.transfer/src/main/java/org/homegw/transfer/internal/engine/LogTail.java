package org.homegw.transfer.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The "2 Vendor Log File" upload: the last {@code maxBytes} of the gateway log, oldest first
 * ({@code homegw.log.1} then {@code homegw.log}, as the launcher's rotating sink names them).
 */
public final class LogTail {

    public static final String CURRENT = "homegw.log";

    private final long maxBytes;

    public LogTail(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public void writeTo(Path logDir, Path target) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : new String[] {CURRENT + ".1", CURRENT}) {
            Path p = logDir.resolve(name);
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
