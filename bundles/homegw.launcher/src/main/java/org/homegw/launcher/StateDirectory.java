package org.homegw.launcher;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The writable state directory ({@code --state-dir}, default {@code <dist>/var}): bundles keep
 * their state here, Config Admin its configurations, Felix its cache, the launcher its log files,
 * restart requests and the generated serial number.
 */
final class StateDirectory {

    /**
     * What a factory reset keeps: the device identity, the logs of what happened, and bin/homegw's
     * class-data-sharing archive (no configuration in it; the running JVM writes it at exit, and the
     * JDK ends with exit code 1 when its directory has gone).
     */
    private static final Set<String> KEPT_ON_FACTORY_RESET = Set.of(SerialNumberStore.FILE_NAME, "log", "cds");

    private final Path root;

    StateDirectory(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path logDir() {
        return root.resolve("log");
    }

    /**
     * Felix's bundle cache: kept from one start to the next while the distribution's bundles are
     * unchanged (see {@link FrameworkCache}), holding only those; everything else is installed anew
     * at every start.
     */
    Path frameworkStorage() {
        return root.resolve("felix-cache");
    }

    /** What the framework cache was built from ({@link FrameworkCache}). */
    Path frameworkCacheRecord() {
        return root.resolve("felix-cache.bundles");
    }

    /** Where Config Admin persists configurations. */
    Path configAdminDir() {
        return root.resolve("config");
    }

    Path restartRequestFile() {
        return root.resolve(RestartRequest.FILE_NAME);
    }

    void create() throws IOException {
        Files.createDirectories(root);
        if (!Files.isWritable(root)) {
            throw new IOException("state directory " + root + " is not writable");
        }
    }

    /** Deletes everything but the serial number and the logs. */
    void factoryReset() throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(root)) {
            entries = s.filter(p -> !KEPT_ON_FACTORY_RESET.contains(p.getFileName().toString())).toList();
        }
        for (Path p : entries) {
            deleteRecursively(p);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(path);
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
