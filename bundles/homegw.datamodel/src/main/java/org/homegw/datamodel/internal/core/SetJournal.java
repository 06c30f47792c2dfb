package org.homegw.datamodel.internal.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.store.StateStore;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * Write-ahead journal that makes SetParameterValues all-or-nothing across a kill -9, although its
 * providers persist separately (a provider with a file of its own writes it inside its write, the
 * registry's store and the ParameterKey reach the disk only at the end).
 *
 * <p>Before the first provider write, every (path, new value, owning provider class) and the
 * ParameterKey are made durable in the journal file ({@link JournalFile}); after the set (and the
 * store's atomic write) the journal goes again. A journal found at start is rolled <em>forward</em>:
 * the ParameterKey is stored at once, and each entry is written again into its provider when that
 * provider is there (the built-in store soon after start, device providers whenever the whiteboard
 * brings them), then removed from the journal; the file is deleted once nothing is left.
 *
 * <p>Why forward is right: a journal exists only when the kill came after the set was validated and
 * before its outcome was durable. The ACS then either got no SetParameterValuesResponse (TR-069 lets the
 * CPE end with the old or the new values, as long as it is all of one) or got a success (the new values
 * are required). Rolling forward satisfies both; rolling back would break the second. Writes are plain
 * "set to this value", so writing an already applied value again changes nothing.
 *
 * <p>Entries whose provider is not there wait (in memory and in the file) until a provider of the
 * class recorded for them is the best owner of their path. They stop waiting when applied, or when a
 * later successful set of the same path supersedes them (the later value wins). A provider that never
 * comes back leaves its entries in the journal; nothing else depends on them. Definitions are not
 * consulted: values were validated when set, and a provider's write does not need them.
 */
public final class SetJournal {

    private static final System.Logger LOG = System.getLogger(SetJournal.class.getName());

    private final JournalFile file;
    private final StateStore store;
    /** Entries of interrupted sets not applied yet, in set order. */
    private final List<JournalEntry> pending = new ArrayList<>();

    /** Journal kept in {@code file} (null: no journal, state in memory only). */
    public SetJournal(Path file, StateStore store) {
        this.file = new JournalFile(file);
        this.store = store;
    }

    /**
     * Reads the journal left by an interrupted set: stores its ParameterKey and keeps its entries
     * for {@link #replay}. Called once, before the registry serves anything.
     */
    synchronized void recover() {
        JournalCodec.Contents found = file.load();
        if (found == null) {
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "an interrupted SetParameterValues is rolled forward: {0} value(s){1}",
                found.entries().size(), found.parameterKey() == null ? "" : ", ParameterKey " + found.parameterKey());
        pending.addAll(found.entries());
        if (found.parameterKey() != null) {
            try {
                store.setParameterKey(found.parameterKey());
            } catch (UncheckedIOException e) {
                // the journal keeps its key: the next start tries again
                LOG.log(System.Logger.Level.ERROR, "cannot store the journaled ParameterKey", e);
                return;
            }
        }
        persistPending();
    }

    /**
     * Writes each waiting entry into its provider when a provider of its recorded class is the best
     * owner of its path now, and forgets the entries so applied.
     */
    synchronized void replay(ProviderTable providers) {
        if (pending.isEmpty()) {
            return;
        }
        Map<ProviderRegistration, List<JournalEntry>> byOwner = new LinkedHashMap<>();
        for (JournalEntry e : pending) {
            List<ProviderRegistration> owners = providers.candidates(e.path());
            if (!owners.isEmpty() && owners.get(0).provider().getClass().getName().equals(e.owner())) {
                byOwner.computeIfAbsent(owners.get(0), k -> new ArrayList<>()).add(e);
            }
        }
        boolean changed = false;
        for (Map.Entry<ProviderRegistration, List<JournalEntry>> share : byOwner.entrySet()) {
            List<ParameterWrite> writes = share.getValue().stream()
                    .map(e -> new ParameterWrite(e.path(), e.value(), e.caller())).toList();
            Outcome<Integer> done = ProviderCalls.call("replay", () -> share.getKey().provider().write(writes));
            if (done.isSuccess()) {
                pending.removeAll(share.getValue());
                changed = true;
                LOG.log(System.Logger.Level.INFO, "rolled forward {0} value(s) into {1}", writes.size(),
                        share.getValue().get(0).owner());
            } else {
                // stays journaled: tried again when a provider arrives, or at the next start
                LOG.log(System.Logger.Level.ERROR, "roll-forward into {0} refused: {1}", share.getValue().get(0).owner(),
                        done.faultOrNull());
            }
        }
        if (changed) {
            persistPending();
        }
    }

    /**
     * Makes the intent of a validated set durable before anything is written; false when that is
     * not possible (the set must then not be applied).
     */
    synchronized boolean begin(List<PendingWrite> writes, String parameterKey, Caller caller) {
        Set<String> paths = paths(writes);
        List<JournalEntry> entries = new ArrayList<>();
        for (JournalEntry e : pending) {
            if (!paths.contains(e.path())) {
                entries.add(e);
            }
        }
        for (PendingWrite w : writes) {
            entries.add(new JournalEntry(w.path(), w.value(), w.current().owner().provider().getClass().getName(), caller));
        }
        try {
            file.store(new JournalCodec.Contents(entries, parameterKey));
            return true;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot write the set journal; set refused", e);
            return false;
        }
    }

    /**
     * After the set and the store's write: its entries leave the journal (applied, or undone and
     * answered with a fault); entries of earlier sets it superseded go when it succeeded.
     */
    synchronized void end(List<PendingWrite> writes, boolean applied) {
        if (applied) {
            Set<String> paths = paths(writes);
            pending.removeIf(e -> paths.contains(e.path()));
        }
        persistPending();
    }

    /** Entries still waiting for their provider. */
    synchronized List<JournalEntry> pending() {
        return List.copyOf(pending);
    }

    private void persistPending() {
        try {
            file.store(new JournalCodec.Contents(pending, null));
        } catch (IOException e) {
            // the next start rolls the whole journal forward again: idempotent for applied sets
            LOG.log(System.Logger.Level.ERROR, "cannot update the set journal", e);
        }
    }

    private static Set<String> paths(List<PendingWrite> writes) {
        Set<String> out = new HashSet<>();
        writes.forEach(w -> out.add(w.path()));
        return out;
    }
}
