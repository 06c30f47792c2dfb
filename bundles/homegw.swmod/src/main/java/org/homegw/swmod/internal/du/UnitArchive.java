package org.homegw.swmod.internal.du;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.homegw.datamodel.spi.AtomicFiles;

/**
 * The jars of ACS-installed deployment units, kept in the state directory: the launcher cleans the
 * framework cache at every start, so these are what the units are reinstalled from. One file per
 * DeploymentUnit number, replaced atomically on update.
 */
public final class UnitArchive {

    private final Path dir;

    public UnitArchive(Path dir) {
        this.dir = dir;
    }

    /** Keeps {@code jar} as the content of DU {@code duNumber}. */
    public void store(long duNumber, Path jar) throws IOException {
        Files.createDirectories(dir);
        Path target = file(duNumber);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        AtomicFiles.moveInto(tmp, target);
    }

    public Optional<Path> find(long duNumber) {
        Path f = file(duNumber);
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    public void delete(long duNumber) throws IOException {
        Files.deleteIfExists(file(duNumber));
    }

    private Path file(long duNumber) {
        return dir.resolve(duNumber + ".jar");
    }
}
