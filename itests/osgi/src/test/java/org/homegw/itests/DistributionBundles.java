package org.homegw.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;

/**
 * Provisions what the distribution ships in {@code bundles/<level>/}, with the same start levels,
 * so the integration tests boot the real gateway bundle set and pick up new bundles by themselves.
 */
final class DistributionBundles {

    /** The terminal front end of Gogo: a forked test container has no terminal. */
    private static final Set<String> SKIPPED_PREFIXES = Set.of("org.apache.felix.gogo.jline", "jline");

    private DistributionBundles() {
    }

    static List<Option> options() {
        Path root = Path.of(System.getProperty("homegw.dist.bundles", "../../distribution/target/homegw/bundles"));
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(root + " does not exist: build the distribution module first");
        }
        List<Option> options = new ArrayList<>();
        try (Stream<Path> levels = Files.list(root)) {
            for (Path level : levels.sorted().toList()) {
                int startLevel = Integer.parseInt(level.getFileName().toString());
                try (Stream<Path> jars = Files.list(level)) {
                    for (Path jar : jars.sorted().toList()) {
                        String name = jar.getFileName().toString();
                        if (SKIPPED_PREFIXES.stream().noneMatch(name::startsWith)) {
                            options.add(bundle(jar.toUri().toString()).startLevel(startLevel).start());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return options;
    }
}
