package org.homegw.datamodel.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.homegw.datamodel.spi.AtomicFiles;

/**
 * The registry's persistent state: values of store-backed parameters, attributes, instance tables,
 * next instance numbers and the ParameterKey, kept in one file rewritten atomically (see
 * {@link AtomicFiles}) at the end of each outermost transaction. One file for everything is what makes
 * a set of many values plus its ParameterKey all-or-nothing across a crash. If the write fails the
 * in-memory state returns to what it was before the transaction and {@link UncheckedIOException} is thrown.
 */
public final class StateStore {

    private static final System.Logger LOG = System.getLogger(StateStore.class.getName());

    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    private StateSnapshot state;
    private StateSnapshot before;
    private int depth;
    private boolean dirty;

    /** Opens (or starts) the state kept in {@code file}; null keeps state in memory only. */
    public StateStore(Path file) {
        this.file = file;
        this.state = load(file);
    }

    private static StateSnapshot load(Path file) {
        if (file == null) {
            return new StateSnapshot();
        }
        try {
            return StateCodec.decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new StateSnapshot();
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
            LOG.log(System.Logger.Level.ERROR, "state file {0} unreadable ({1}); moved to {2}, starting from defaults",
                    file, e.getMessage(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.log(System.Logger.Level.ERROR, "cannot move {0} aside: {1}", file, moveFailed.getMessage());
            }
            return new StateSnapshot();
        }
    }

    /** Runs {@code work} so that everything it changes reaches the disk in one atomic write. */
    public <T> T transaction(Supplier<T> work) {
        lock.lock();
        try {
            if (depth++ == 0) {
                before = state.copy();
                dirty = false;
            }
            boolean done = false;
            try {
                T result = work.get();
                done = true;
                return result;
            } finally {
                if (--depth == 0) {
                    finish(done);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    public void transaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }

    private void finish(boolean completed) {
        StateSnapshot previous = before;
        before = null;
        if (!dirty) {
            return;
        }
        dirty = false;
        if (!completed) {
            state = previous;
            return;
        }
        if (file != null) {
            try {
                AtomicFiles.write(file, StateCodec.encode(state));
            } catch (IOException e) {
                state = previous;
                throw new UncheckedIOException("cannot write state file " + file, e);
            }
        }
    }

    private void change(Runnable mutation) {
        transaction(() -> {
            mutation.run();
            dirty = true;
        });
    }

    private <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    public String value(String path) {
        return read(() -> state.values().get(path));
    }

    public void putValue(String path, String value) {
        change(() -> state.values().put(path, value));
    }

    public void removeValue(String path) {
        change(() -> state.values().remove(path));
    }

    /** Values whose path starts with {@code prefix}, in path order. */
    public Map<String, String> valuesUnder(String prefix) {
        return read(() -> Collections.unmodifiableMap(new LinkedHashMap<>(under(state.values(), prefix))));
    }

    /** Instance numbers recorded for a table, or null when the table was never recorded. */
    public SortedSet<Long> instances(String tablePath) {
        return read(() -> {
            SortedSet<Long> set = state.instances().get(tablePath);
            return set == null ? null : Collections.unmodifiableSortedSet(new TreeSet<>(set));
        });
    }

    public void setInstances(String tablePath, SortedSet<Long> numbers) {
        change(() -> state.instances().put(tablePath, new TreeSet<>(numbers)));
    }

    /** The next instance number to hand out for a table (never one handed out before), and reserves it. */
    public long allocateInstance(String tablePath, long atLeast) {
        return transaction(() -> {
            long next = Math.max(atLeast, state.nextInstance().getOrDefault(tablePath, 1L));
            state.nextInstance().put(tablePath, next + 1);
            dirty = true;
            return next;
        });
    }

    public PersistedAttributes attributes(String path) {
        return read(() -> state.attributes().get(path));
    }

    /** Sets (or with null clears) a parameter's attributes. */
    public void putAttributes(String path, PersistedAttributes attributes) {
        change(() -> {
            if (attributes == null) {
                state.attributes().remove(path);
            } else {
                state.attributes().put(path, attributes);
            }
        });
    }

    public Map<String, PersistedAttributes> allAttributes() {
        return read(() -> Collections.unmodifiableMap(new LinkedHashMap<>(state.attributes())));
    }

    /** Forgets values, attributes, instance tables and next numbers at or below an object path. */
    public void removeSubtree(String objectPath) {
        change(() -> {
            under(state.values(), objectPath).clear();
            under(state.attributes(), objectPath).clear();
            under(state.instances(), objectPath).clear();
            under(state.nextInstance(), objectPath).clear();
        });
    }

    public String parameterKey() {
        return read(() -> state.parameterKey() == null ? "" : state.parameterKey());
    }

    public void setParameterKey(String key) {
        change(() -> state.setParameterKey(key));
    }

    /** Factory reset: deletes the state file; everything returns to the defaults. */
    public void factoryReset() {
        lock.lock();
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            state = new StateSnapshot();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete state file " + file, e);
        } finally {
            lock.unlock();
        }
    }

    private static <V> Map<String, V> under(TreeMap<String, V> sorted, String prefix) {
        // sorted by path: a subtree is one contiguous range
        return sorted.subMap(prefix, prefix + Character.MAX_VALUE);
    }
}
