package org.homegw.datamodel.internal.provider;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.homegw.datamodel.spi.ParameterProvider;

/**
 * The providers the registry knows, as an immutable snapshot replaced on every change so that
 * reads never lock. For a path, the candidates are ordered by how specifically they own it (longest
 * path first), then service ranking (highest first), then service id (oldest first). Each snapshot
 * carries a {@link PathIndex}, so a lookup tests only the registrations near the path (with the same
 * predicates and in the same order as a scan of all of them) instead of every registration.
 */
public final class ProviderTable {

    /** The registrations and their index, replaced together. */
    private record Snapshot(List<ProviderRegistration> registrations, PathIndex index) {
        static final Snapshot EMPTY = new Snapshot(List.of(), new PathIndex(List.of()));

        static Snapshot of(List<ProviderRegistration> registrations) {
            List<ProviderRegistration> copy = List.copyOf(registrations);
            return new Snapshot(copy, new PathIndex(copy));
        }

        /** The next registration the index bits stand for at or after {@code i}, -1 when none; all when bits is null. */
        int next(BitSet bits, int i) {
            if (bits == null) {
                return i < registrations.size() ? i : -1;
            }
            return bits.nextSetBit(i);
        }

        /** The registrations the index bits stand for, in snapshot order; all of them when bits is null. */
        List<ProviderRegistration> select(BitSet bits) {
            if (bits == null) {
                return registrations;
            }
            List<ProviderRegistration> out = new ArrayList<>(bits.cardinality());
            for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
                out.add(registrations.get(i));
            }
            return out;
        }
    }

    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private final List<Consumer<ProviderRegistration>> addedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ProviderRegistration>> removedListeners = new CopyOnWriteArrayList<>();

    public synchronized void add(ProviderRegistration registration) {
        List<ProviderRegistration> next = new ArrayList<>(snapshot.registrations());
        next.removeIf(r -> r.provider() == registration.provider());
        next.add(registration);
        snapshot = Snapshot.of(next);
        addedListeners.forEach(l -> l.accept(registration));
    }

    public synchronized void remove(ParameterProvider provider) {
        List<ProviderRegistration> next = new ArrayList<>(snapshot.registrations());
        ProviderRegistration removed = null;
        for (ProviderRegistration r : next) {
            if (r.provider() == provider) {
                removed = r;
            }
        }
        if (removed == null) {
            return;
        }
        next.remove(removed);
        snapshot = Snapshot.of(next);
        ProviderRegistration gone = removed;
        removedListeners.forEach(l -> l.accept(gone));
    }

    /** Called after a provider is added or replaced. */
    public void onAdded(Consumer<ProviderRegistration> listener) {
        addedListeners.add(listener);
    }

    /** Called after a provider is removed. */
    public void onRemoved(Consumer<ProviderRegistration> listener) {
        removedListeners.add(listener);
    }

    public List<ProviderRegistration> all() {
        return snapshot.registrations();
    }

    /** Providers owning {@code path}, best first. */
    public List<ProviderRegistration> candidates(String path) {
        Snapshot s = snapshot;
        List<Candidate> found = null;
        Candidate only = null;
        BitSet bits = s.index().owning(path);
        for (int i = s.next(bits, 0); i >= 0; i = s.next(bits, i + 1)) {
            ProviderRegistration r = s.registrations().get(i);
            int length = r.matchLength(path);
            if (length < 0) {
                continue;
            }
            Candidate c = new Candidate(r, length);
            if (only == null && found == null) {
                only = c;
            } else {
                if (found == null) {
                    found = new ArrayList<>(4);
                    found.add(only);
                }
                found.add(c);
            }
        }
        if (found == null) {
            return only == null ? List.of() : List.of(only.registration());
        }
        found.sort(BEST_FIRST);
        List<ProviderRegistration> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            out.add(c.registration());
        }
        return out;
    }

    /** Longest path first, then highest ranking, then oldest service. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.registration().ranking()).reversed())
            .thenComparingLong(c -> c.registration().serviceId());

    /** True when some provider is registered for exactly this parameter (not just its object). */
    public boolean servesExplicitly(String parameterPath) {
        Snapshot s = snapshot;
        BitSet bits = s.index().owningParameter(parameterPath);
        for (int i = s.next(bits, 0); i >= 0; i = s.next(bits, i + 1)) {
            if (s.registrations().get(i).ownsParameter(parameterPath)) {
                return true;
            }
        }
        return false;
    }

    /** True when some provider owns this object or something inside it, so the object can exist. */
    public boolean reaches(String objectPath) {
        Snapshot s = snapshot;
        BitSet bits = s.index().reaching(objectPath);
        for (int i = s.next(bits, 0); i >= 0; i = s.next(bits, i + 1)) {
            ProviderRegistration r = s.registrations().get(i);
            if (r.matchLength(objectPath) >= 0 || r.ownsBelow(objectPath)) {
                return true;
            }
        }
        return false;
    }

    /** Providers with a path inside {@code objectPath} that do not own the object itself. */
    public List<ProviderRegistration> ownersBelow(String objectPath) {
        Snapshot s = snapshot;
        List<ProviderRegistration> out = new ArrayList<>();
        for (ProviderRegistration r : s.select(s.index().below(objectPath))) {
            if (r.ownsBelow(objectPath)) {
                out.add(r);
            }
        }
        return out;
    }

    /** True when some provider is registered for a single parameter of the object {@code objectPath}. */
    public boolean servesParameterIn(String objectPath) {
        Snapshot s = snapshot;
        BitSet bits = s.index().parametersIn(objectPath);
        for (int i = s.next(bits, 0); i >= 0; i = s.next(bits, i + 1)) {
            if (s.registrations().get(i).ownsParameterIn(objectPath)) {
                return true;
            }
        }
        return false;
    }

    private record Candidate(ProviderRegistration registration, int length) {
    }
}
