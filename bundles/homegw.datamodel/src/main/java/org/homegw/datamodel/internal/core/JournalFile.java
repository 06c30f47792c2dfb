package org.homegw.datamodel.internal.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.homegw.datamodel.spi.AtomicFiles;

/**
 * Where the set journal lives: replaced atomically ({@link AtomicFiles}: temp file, fsync, rename,
 * directory fsync), so after a crash it is either absent, the previous version or the new one. An
 * unreadable file is moved aside to "*.corrupt" with an ERROR line and read as absent: start-up goes on
 * with the state file as it is (the journal only ever adds a roll-forward, never data of its own).
 * A null path keeps nothing (state in memory only).
 */
final class JournalFile {

    private static final System.Logger LOG = System.getLogger(JournalFile.class.getName());

    private final Path file;

    JournalFile(Path file) {
        this.file = file;
    }

    /** The journal on disk, or null when there is none (or it was unreadable and set aside). */
    JournalCodec.Contents load() {
        if (file == null) {
            return null;
        }
        try {
            return JournalCodec.decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
            LOG.log(System.Logger.Level.ERROR, "set journal {0} unreadable ({1}); moved to {2}, nothing rolled forward",
                    file, e.getMessage(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.log(System.Logger.Level.ERROR, "cannot move {0} aside: {1}", file, moveFailed.getMessage());
            }
            return null;
        }
    }

    /** Durably replaces the journal with {@code contents}, or durably removes it when they are empty. */
    void store(JournalCodec.Contents contents) throws IOException {
        if (file == null) {
            return;
        }
        if (contents.isEmpty()) {
            if (Files.deleteIfExists(file)) {
                syncDirectory();
            }
            return;
        }
        AtomicFiles.write(file, JournalCodec.encode(contents));
    }

    private void syncDirectory() {
        try (FileChannel channel = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some platforms cannot open directories; the delete still happened
            LOG.log(System.Logger.Level.DEBUG, "directory fsync not possible for {0}: {1}", file, e.getMessage());
        }
    }
}
