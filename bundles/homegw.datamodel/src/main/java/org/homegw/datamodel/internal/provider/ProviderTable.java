package org.homegw.datamodel.internal.provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.homegw.datamodel.spi.ParameterProvider;

/**
 * The providers the registry knows, as an immutable snapshot replaced on every change so that
 * reads never lock. For a path, the candidates are ordered by how specifically they own it (longest
 * path first), then service ranking (highest first), then service id (oldest first).
 */
public final class ProviderTable {

    private volatile List<ProviderRegistration> registrations = List.of();
    private final List<Consumer<ProviderRegistration>> addedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ProviderRegistration>> removedListeners = new CopyOnWriteArrayList<>();

    public synchronized void add(ProviderRegistration registration) {
        List<ProviderRegistration> next = new ArrayList<>(registrations);
        next.removeIf(r -> r.provider() == registration.provider());
        next.add(registration);
        registrations = List.copyOf(next);
        addedListeners.forEach(l -> l.accept(registration));
    }

    public synchronized void remove(ParameterProvider provider) {
        List<ProviderRegistration> next = new ArrayList<>(registrations);
        ProviderRegistration removed = null;
        for (ProviderRegistration r : registrations) {
            if (r.provider() == provider) {
                removed = r;
            }
        }
        if (removed == null) {
            return;
        }
        next.remove(removed);
        registrations = List.copyOf(next);
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
        return registrations;
    }

    /** Providers owning {@code path}, best first. */
    public List<ProviderRegistration> candidates(String path) {
        List<ProviderRegistration> snapshot = registrations;
        List<Candidate> found = new ArrayList<>(2);
        for (ProviderRegistration r : snapshot) {
            int length = r.matchLength(path);
            if (length >= 0) {
                found.add(new Candidate(r, length));
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        found.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.registration().ranking()).reversed())
                .thenComparingLong(c -> c.registration().serviceId()));
        List<ProviderRegistration> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            out.add(c.registration());
        }
        return out;
    }

    /** True when some provider is registered for exactly this parameter (not just its object). */
    public boolean servesExplicitly(String parameterPath) {
        for (ProviderRegistration r : registrations) {
            if (r.ownsParameter(parameterPath)) {
                return true;
            }
        }
        return false;
    }

    /** True when some provider owns this object or something inside it, so the object can exist. */
    public boolean reaches(String objectPath) {
        for (ProviderRegistration r : registrations) {
            if (r.matchLength(objectPath) >= 0 || r.ownsBelow(objectPath)) {
                return true;
            }
        }
        return false;
    }

    /** Providers with a path inside {@code objectPath} that do not own the object itself. */
    public List<ProviderRegistration> ownersBelow(String objectPath) {
        List<ProviderRegistration> out = new ArrayList<>();
        for (ProviderRegistration r : registrations) {
            if (r.ownsBelow(objectPath)) {
                out.add(r);
            }
        }
        return out;
    }

    private record Candidate(ProviderRegistration registration, int length) {
    }
}
