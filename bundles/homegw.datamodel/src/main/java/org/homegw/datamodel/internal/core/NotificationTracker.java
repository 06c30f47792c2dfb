package org.homegw.datamodel.internal.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.homegw.datamodel.api.ActiveNotificationListener;
import org.homegw.datamodel.api.ParameterAttributes;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.path.ResolvedPath;
import org.homegw.datamodel.internal.schema.ActiveNotify;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.store.PersistedAttributes;
import org.homegw.datamodel.internal.store.StateStore;

/**
 * Remembers, for every parameter with passive or active notification, whether it changed since the
 * last accepted Inform, and tells active-notification listeners at once. Changes arrive from
 * providers' change sinks, from registry writes by the device itself, and from polling of providers
 * that cannot push. Changes made by the ACS are not reported back to it.
 */
public final class NotificationTracker {

    private static final System.Logger LOG = System.getLogger(NotificationTracker.class.getName());

    private final StateStore store;
    private final Supplier<Collection<ActiveNotificationListener>> listeners;
    private final ChangeEvents events;
    /** The definitions in use: replaced as a whole when bundles add or withdraw some. */
    private volatile Definitions definitions;
    private final Set<String> changed = new LinkedHashSet<>();
    private final Set<String> suppressed = ConcurrentHashMap.newKeySet();
    private final Map<String, String> lastPolled = new HashMap<>();
    /** The value each parameter had in the last Inform built (forcedInform and changed values). */
    private final Map<String, String> informed = new ConcurrentHashMap<>();

    NotificationTracker(SchemaTree tree, PathResolver resolver, StateStore store, TreeAccess access,
                        Supplier<Collection<ActiveNotificationListener>> listeners, ChangeEvents events) {
        this.store = store;
        this.listeners = listeners;
        this.events = events;
        useDefinitions(tree, resolver, access);
    }

    /** Tracks against new definitions; pending changes and polled values are kept. */
    void useDefinitions(SchemaTree tree, PathResolver resolver, TreeAccess access) {
        List<ForcedParam> forced = new ArrayList<>();
        for (ObjectSchema o : tree.objects()) {
            for (ParamSchema p : TreeAccess.liveParams(o)) {
                if (p.defaultNotification() != ParameterAttributes.OFF) {
                    forced.add(new ForcedParam(o.path(), p));
                }
            }
        }
        this.definitions = new Definitions(resolver, access, List.copyOf(forced));
    }

    /** The notification attribute in force: set by the ACS, else the definition's default. */
    int notification(String path, ParamSchema schema) {
        if (schema.activeNotify() == ActiveNotify.FORCE_ENABLED) {
            return ParameterAttributes.ACTIVE;
        }
        PersistedAttributes set = store.attributes(path);
        return set != null ? set.notification() : schema.defaultNotification();
    }

    /** Parameter paths or object subtrees (ending in ".") that changed value. */
    public void valuesChanged(String... paths) {
        for (String path : paths) {
            if (path == null || path.isEmpty()) {
                continue;
            }
            if (path.endsWith(".")) {
                for (String watchedPath : watched(path)) {
                    parameterChanged(watchedPath);
                }
            } else {
                parameterChanged(path);
            }
        }
    }

    private void parameterChanged(String path) {
        events.valueChanged(path);
        if (suppressed.contains(path)) {
            return;
        }
        ResolvedPath resolved = definitions.resolver().resolve(path);
        if (!(resolved instanceof ResolvedPath.ParamNode node)) {
            return;
        }
        int notification = notification(path, node.param());
        if (notification == ParameterAttributes.OFF) {
            return;
        }
        synchronized (changed) {
            changed.add(path);
        }
        if (notification == ParameterAttributes.ACTIVE) {
            events.activeChange(path);
            for (ActiveNotificationListener l : listeners.get()) {
                try {
                    l.activeParameterChanged(path);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "active notification listener failed for " + path, e);
                }
            }
        }
    }

    /**
     * Values the ACS itself changed: announced as value changes (so components can react, e.g. to a
     * new PeriodicInformInterval) but not kept for the next Inform.
     */
    void changedByAcs(List<String> paths) {
        paths.forEach(events::valueChanged);
    }

    /** These values are going into an Inform: what the ACS will have been told last. */
    void informing(List<ParameterValue> values) {
        for (ParameterValue v : values) {
            informed.put(v.path(), v.value());
        }
    }

    /**
     * A provider arrived (or came back): a parameter it now serves whose value differs from the one
     * the last Inform carried is a value change, e.g. a component restarted between an Inform that
     * read a fallback value and its new instance's registration, which fired its own change while no
     * registry listened. Parameters never informed are left alone, so a boot raises no change.
     */
    void providerArrived(Predicate<String> owns, Function<String, String> currentValue) {
        for (Map.Entry<String, String> e : informed.entrySet()) {
            if (!owns.test(e.getKey())) {
                continue;
            }
            String now = currentValue.apply(e.getKey());
            if (now != null && !now.equals(e.getValue())) {
                LOG.log(System.Logger.Level.DEBUG, "{0} reads \"{1}\" from its new provider, last informed \"{2}\"",
                        e.getKey(), now, e.getValue());
                parameterChanged(e.getKey());
            }
        }
    }

    /** Paths changed since the last {@link #clearChanged()}, in the order they first changed. */
    public List<String> changedPaths() {
        synchronized (changed) {
            return List.copyOf(changed);
        }
    }

    public void clearChanged() {
        synchronized (changed) {
            changed.clear();
        }
    }

    /** Forgets pending changes of parameters under a deleted object. */
    void forgetSubtree(String objectPath) {
        synchronized (changed) {
            changed.removeIf(p -> p.startsWith(objectPath));
        }
    }

    /** Runs an ACS write during which the written parameters' own change events are ignored. */
    void whileSuppressed(Collection<String> paths, Runnable work) {
        suppressed.addAll(paths);
        try {
            work.run();
        } finally {
            suppressed.removeAll(paths);
        }
    }

    /** Parameters at or below {@code prefix} whose notification is passive or active. */
    List<String> watched(String prefix) {
        Definitions d = definitions;
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, PersistedAttributes> e : store.allAttributes().entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getValue().notification() != ParameterAttributes.OFF) {
                out.add(e.getKey());
            }
        }
        for (ForcedParam f : d.forced()) {
            for (String objectPath : ConcretePaths.expand(f.objectPath(), d.access())) {
                String path = objectPath + f.param().name();
                if (path.startsWith(prefix) && notification(path, f.param()) != ParameterAttributes.OFF) {
                    out.add(path);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * One polling round for providers that cannot push: reads every watched parameter they own and
     * reports those whose value differs from the previous round.
     */
    public void pollOnce(String root) {
        Definitions d = definitions;
        List<String> paths = watched(root);
        Map<String, String> seen = new HashMap<>();
        for (String path : paths) {
            ResolvedPath resolved = d.resolver().resolve(path);
            if (!(resolved instanceof ResolvedPath.ParamNode node)) {
                continue;
            }
            ReadValue value = d.access().read(node.objectPath(), node.param());
            // computed values (owner null) change with instances nobody pushes for: polled too
            if (value == null || value.owner() != null && value.owner().pushesChanges()) {
                continue;
            }
            seen.put(path, value.value());
            String before;
            synchronized (lastPolled) {
                before = lastPolled.get(path);
            }
            if (before != null && !before.equals(value.value())) {
                parameterChanged(path);
            }
        }
        synchronized (lastPolled) {
            lastPolled.clear();
            lastPolled.putAll(seen);
        }
    }

    private record ForcedParam(String objectPath, ParamSchema param) {
    }

    private record Definitions(PathResolver resolver, TreeAccess access, List<ForcedParam> forced) {
    }
}
