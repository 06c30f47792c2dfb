package org.homegw.launcher;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.homegw.datamodel.spi.AtomicFiles;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Whether Felix's bundle cache ({@code <state>/felix-cache}) of an earlier start may be used again.
 * A start with a usable cache finds the distribution's bundles installed already, which saves
 * installing them (some 150 ms of CPU on the 2-core target). The cache is usable when the
 * <em>installation record</em> ({@code <state>/felix-cache.bundles}) equals what this start would
 * install: the class path jars and every {@code bundles/<N>/*.jar} by name, size and modification
 * time, the {@code adapters.disabled} list and whether the shell is installed. Replacing anything in
 * {@code bundles/} or {@code lib/} (a firmware update) changes the record, and the cache is cleaned.
 * The record is written only after a start that installed everything, and deleted before a clean
 * start installs anything, so a start cut short (power loss, kill -9) while installing is followed
 * by a clean start. It is also deleted as soon as the framework holds a bundle that is not the
 * distribution's (deploy/, ACS-installed software modules, the shell's {@code install}): a device
 * with such bundles starts clean every time, as it always did, so their bundle ids (DUID, EUID) stay
 * those of a clean start and nothing of theirs builds up in the cache.
 */
final class FrameworkCache {

    private static final System.Logger LOG = System.getLogger(FrameworkCache.class.getName());
    /** First line of the record: a launcher that installs differently must not take an older cache. */
    private static final String FORMAT = "homegw framework cache 1";

    private final Path storage;
    private final Path record;

    FrameworkCache(Path storage, Path record) {
        this.storage = storage;
        this.record = record;
    }

    /** The installation record of a start: text, one line per jar, compared as a whole. */
    static String describe(List<Path> classPath, Map<Integer, List<Path>> levels, Set<String> disabledBundles,
                           boolean shell) throws IOException {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        for (Path jar : classPath) {
            text.append("lib ").append(stamp(jar)).append('\n');
        }
        for (Map.Entry<Integer, List<Path>> level : levels.entrySet()) {
            for (Path jar : level.getValue()) {
                text.append("bundles/").append(level.getKey()).append(' ').append(stamp(jar)).append('\n');
            }
        }
        text.append("disabled ").append(String.join(",", new TreeSet<>(disabledBundles))).append('\n');
        text.append("shell ").append(shell).append('\n');
        return text.toString();
    }

    private static String stamp(Path jar) throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        return jar.toAbsolutePath() + " " + a.size() + " " + a.lastModifiedTime().toMillis();
    }

    /** True when the cache exists and was left by a complete start with the same record. */
    boolean reusable(String expected) {
        if (!Files.isDirectory(storage)) {
            return false;
        }
        try {
            return expected.equals(Files.readString(record, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            // unreadable or not UTF-8 (a damaged file): a clean start, never a failed one
            LOG.log(Level.WARNING, "cannot read {0} ({1}): the framework cache is rebuilt", record, e.toString());
            return false;
        }
    }

    /** Before a clean start: the record goes first, so an interrupted install is never taken for complete. */
    void forget() throws IOException {
        Files.deleteIfExists(record);
    }

    /** After a failed start from the cache: record and cache are deleted, for a clean start. */
    void discard() throws IOException {
        forget();
        if (Files.isDirectory(storage)) {
            StateDirectory.deleteRecursively(storage);
        }
    }

    /** After a start that installed everything: the next start with the same record may use the cache. */
    void remember(String installed) throws IOException {
        AtomicFiles.write(record, installed);
    }

    /**
     * Forgets the record when the framework holds, or later installs, a bundle whose location is not
     * one of {@code shipped}. Called after {@link #remember}: the listener is registered before the
     * installed bundles are looked at, so no install slips between the two.
     */
    void forgetOnOtherBundles(BundleContext context, Set<String> shipped) {
        SynchronousBundleListener watch = new SynchronousBundleListener() {
            private boolean forgotten;

            @Override
            public synchronized void bundleChanged(BundleEvent event) {
                if (!forgotten && event.getType() == BundleEvent.INSTALLED && isOther(event.getBundle(), shipped)) {
                    forgotten = true;
                    context.removeBundleListener(this);
                    forgetQuietly(event.getBundle().getLocation());
                }
            }
        };
        context.addBundleListener(watch);
        for (Bundle b : context.getBundles()) {
            if (isOther(b, shipped)) {
                watch.bundleChanged(new BundleEvent(BundleEvent.INSTALLED, b));
                return;
            }
        }
    }

    private static boolean isOther(Bundle b, Set<String> shipped) {
        return b.getBundleId() != 0 && !shipped.contains(b.getLocation());
    }

    private void forgetQuietly(String location) {
        try {
            forget();
            LOG.log(Level.INFO, "{0} installed: the next start rebuilds the framework cache", location);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete {0} ({1}): the next start may use the framework cache with {2}",
                    record, e.toString(), location);
        }
    }

    /** The jars of the launcher's class path (bin/homegw puts lib/*.jar there). */
    static List<Path> classPathJars(Path libDir) throws IOException {
        if (!Files.isDirectory(libDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(libDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }
}
