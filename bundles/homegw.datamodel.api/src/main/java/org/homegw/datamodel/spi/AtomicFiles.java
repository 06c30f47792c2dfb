package org.homegw.datamodel.spi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Crash-safe replacement of the gateway's state files, for every bundle and the launcher: a power cut
 * at any moment leaves either the old or the new content, never a torn file.
 *
 * <p>A write goes to a new temporary file beside the target (created readable and writable by the
 * owner only where the file system has POSIX permissions, since state may hold passwords), is forced
 * to disk, renamed over the target atomically, and then the directory is forced so the rename itself
 * survives. If any step fails the temporary file is removed and the old file is left as it was.
 */
public final class AtomicFiles {

    private static final System.Logger LOG = System.getLogger(AtomicFiles.class.getName());

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code content}, creating missing parent directories. */
    public static void write(Path target, byte[] content) throws IOException {
        Path dir = directoryOf(target);
        Files.createDirectories(dir);
        // a unique name: two writers of one file never share a temporary file; owner-only on POSIX
        Path tmp = Files.createTempFile(dir, target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
    }

    /** Replaces {@code target} with {@code content} in UTF-8. */
    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code target} with {@code properties} as {@link Properties#store} writes them, under {@code comment}. */
    public static void writeProperties(Path target, Properties properties, String comment) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        properties.store(out, comment);
        write(target, out.toByteArray());
    }

    /**
     * Renames {@code complete}, a file its writer has already forced to disk (a finished download,
     * say), over {@code target} atomically, and makes the rename durable. Both must be on one file system.
     */
    public static void moveInto(Path complete, Path target) throws IOException {
        Path dir = directoryOf(target);
        Files.createDirectories(dir);
        Files.move(complete, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(dir);
    }

    private static Path directoryOf(Path target) {
        return target.toAbsolutePath().getParent();
    }

    private static void syncDirectory(Path dir) {
        // the rename is durable only once the directory entry is on disk
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory for syncing; the rename is still atomic there
            LOG.log(System.Logger.Level.DEBUG, "directory fsync not possible for {0}: {1}", dir, e.getMessage());
        }
    }
}
