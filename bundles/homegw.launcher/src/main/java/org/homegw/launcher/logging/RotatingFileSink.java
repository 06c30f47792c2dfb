package org.homegw.launcher.logging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Appends log lines to {@code <dir>/homegw.log}; when the file would grow past its limit it is
 * renamed to {@code homegw.log.1} (older ones shift up, the oldest beyond the count is deleted) and
 * a new file is started. Flushes every line: a gateway may lose power at any moment.
 */
final class RotatingFileSink implements AutoCloseable {

    static final String FILE_NAME = LogConfig.FILE_NAME;

    private final Path dir;
    private final long maxBytes;
    private final int count;
    private OutputStream out;
    private long size;

    RotatingFileSink(Path dir, long maxBytes, int count) throws IOException {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.count = count;
        Files.createDirectories(dir);
        open();
    }

    Path current() {
        return dir.resolve(FILE_NAME);
    }

    synchronized void write(String line) throws IOException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (size > 0 && size + bytes.length > maxBytes) {
            rotate();
        }
        out.write(bytes);
        out.flush();
        size += bytes.length;
    }

    private void open() throws IOException {
        Path file = current();
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private void rotate() throws IOException {
        out.close();
        Files.deleteIfExists(dir.resolve(FILE_NAME + "." + count));
        for (int i = count - 1; i >= 1; i--) {
            Path from = dir.resolve(FILE_NAME + "." + i);
            if (Files.exists(from)) {
                Files.move(from, dir.resolve(FILE_NAME + "." + (i + 1)), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(current(), dir.resolve(FILE_NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
        open();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
