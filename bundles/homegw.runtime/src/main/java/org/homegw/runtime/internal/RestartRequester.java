package org.homegw.runtime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes the restart request for the launcher, then stops the framework. The request is on disk
 * (temp file, fsync, atomic rename) before the stop starts, so the launcher never sees a stop
 * without knowing why, and a factory reset survives a power cut.
 */
final class RestartRequester {

    /** Stops the OSGi framework; the system bundle's {@code stop()} returns at once. */
    @FunctionalInterface
    interface FrameworkStopper {
        void stop() throws Exception;
    }

    private static final System.Logger LOG = System.getLogger(RestartRequester.class.getName());

    private final Path requestFile;
    private final FrameworkStopper stopper;
    private RestartKind pending;

    RestartRequester(Path requestFile, FrameworkStopper stopper) {
        this.requestFile = requestFile;
        this.stopper = stopper;
    }

    synchronized void request(RestartKind kind) {
        if (pending == RestartKind.FACTORY_RESET) {
            LOG.log(System.Logger.Level.INFO, "{0} requested while a factory reset is pending: the factory reset goes ahead",
                    kind.word());
            return;
        }
        writeAtomically(kind.word() + "\n");
        boolean first = pending == null;
        pending = kind;
        LOG.log(System.Logger.Level.INFO, "{0} requested: stopping the framework", kind.word());
        if (first) {
            try {
                stopper.stop();
            } catch (Exception e) {
                pending = null;
                throw new IllegalStateException("cannot stop the framework for a " + kind.word(), e);
            }
        }
    }

    private void writeAtomically(String content) {
        Path tmp = requestFile.resolveSibling(requestFile.getFileName() + ".tmp");
        try {
            Files.createDirectories(requestFile.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
            Files.move(tmp, requestFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write restart request " + requestFile, e);
        }
    }
}
