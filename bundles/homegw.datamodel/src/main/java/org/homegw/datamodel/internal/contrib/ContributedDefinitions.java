package org.homegw.datamodel.internal.contrib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.homegw.datamodel.internal.schema.ModelInfo;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;

/**
 * The device's base definitions (what it was started with) plus the definitions its bundles
 * contribute, and the rules for merging them:
 * <ul>
 * <li>a contribution may only add: an object or parameter the base already defines is refused,
 *     except that a base object named by the contribution only anchors the parameters it adds there;</li>
 * <li>what another contribution already defined (object or parameter, or an object with the same name
 *     as a table and as a single object) makes the later contribution wait: it is merged once the
 *     earlier one is withdrawn;</li>
 * <li>every name the contribution puts into a base object (a parameter, or a new object directly under
 *     it) must carry the vendor prefix {@code X_} (TR-106: "X_&lt;VENDOR&gt;_"); standard-looking
 *     names are refused, because they would collide with a later standard definition. Names inside the
 *     contribution's own objects are free.</li>
 * </ul>
 * A contribution is taken or refused as a whole. Not thread-safe: {@link LiveDefinitions} serialises calls.
 */
public final class ContributedDefinitions {

    /** What became of a contribution. */
    public enum Verdict {
        /** Merged: its definitions are part of the live set. */
        MERGED,
        /** Clashes with another contribution: merged when that one is withdrawn. */
        WAITING,
        /** Can never be merged with these base definitions. */
        REFUSED
    }

    /** A verdict with the reason, naming the path at fault ("" when merged). */
    public record Decision(Verdict verdict, String reason) {
        static final Decision MERGED = new Decision(Verdict.MERGED, "");
    }

    static final String VENDOR_PREFIX = "X_";

    private final SchemaTree base;
    private final Map<Object, Contribution> merged = new LinkedHashMap<>();
    private final Map<Object, Contribution> waiting = new LinkedHashMap<>();
    /** Object and parameter schema paths a merged contribution defines, to its key. */
    private final Map<String, Object> owners = new HashMap<>();
    private SchemaTree live;

    public ContributedDefinitions(SchemaTree base) {
        this.base = Objects.requireNonNull(base, "base");
        this.live = base;
    }

    /** The base definitions plus every merged contribution, in the order they were merged. */
    public SchemaTree live() {
        if (live == null) {
            live = build();
        }
        return live;
    }

    /** Names of the merged contributions, in merge order. */
    public List<String> mergedNames() {
        return merged.values().stream().map(Contribution::name).toList();
    }

    /** Names of the contributions waiting for a clash to go away. */
    public List<String> waitingNames() {
        return waiting.values().stream().map(Contribution::name).toList();
    }

    /**
     * Merges {@code c} if the rules allow (replacing an earlier contribution with the same key, which is
     * withdrawn first).
     *
     * @return the decision about {@code c}; contributions merged because the replaced one left are
     *         in {@link #withdraw}'s answer only, so callers replacing should use withdraw then add
     */
    public Decision add(Contribution c) {
        withdraw(c.key());
        Decision d = check(c);
        switch (d.verdict()) {
            case MERGED -> merge(c);
            case WAITING -> waiting.put(c.key(), c);
            case REFUSED -> { }
        }
        return d;
    }

    /**
     * Withdraws the contribution with this key (merged or waiting; unknown keys are ignored) and merges
     * the waiting ones that no longer clash.
     *
     * @return the waiting contributions merged now, in order
     */
    public List<Contribution> withdraw(Object key) {
        if (waiting.remove(key) != null || !merged.containsKey(key)) {
            return List.of();
        }
        merged.remove(key);
        owners.values().removeIf(key::equals);
        live = null;
        List<Contribution> now = new ArrayList<>();
        for (Contribution w : new ArrayList<>(waiting.values())) {
            if (check(w).verdict() == Verdict.MERGED) {
                waiting.remove(w.key());
                merge(w);
                now.add(w);
            }
        }
        return now;
    }

    /** True when the contribution with this key is part of the live set. */
    public boolean isMerged(Object key) {
        return merged.containsKey(key);
    }

    private void merge(Contribution c) {
        merged.put(c.key(), c);
        for (ObjectSchema o : c.definitions().objects()) {
            if (base.object(o.path()) == null) {
                owners.put(o.path(), c.key());
            }
            for (String name : o.params().keySet()) {
                owners.put(o.path() + name, c.key());
            }
        }
        live = null;
    }

    private Decision check(Contribution c) {
        SchemaTree t = c.definitions();
        if (!t.root().equals(base.root())) {
            return refused("its definitions are for " + t.root() + " but the device's root object is " + base.root());
        }
        for (ObjectSchema o : t.objects()) {
            ObjectSchema known = base.object(o.path());
            if (known == null) {
                Decision d = checkNewObject(o);
                if (d != null) {
                    return d;
                }
            }
            for (String name : o.params().keySet()) {
                String path = o.path() + name;
                if (known != null && known.param(name) != null) {
                    return refused(path + " is already defined by the device's definitions");
                }
                Object owner = owners.get(path);
                if (owner != null) {
                    return waiting(path + " is already defined by " + merged.get(owner).name());
                }
                if (known != null && !name.startsWith(VENDOR_PREFIX)) {
                    return refused(path + ": a parameter added to a standard object must be named "
                            + VENDOR_PREFIX + "<OUI>_... (TR-106)");
                }
            }
        }
        return Decision.MERGED;
    }

    private Decision checkNewObject(ObjectSchema o) {
        String twin = o.isTable() ? o.tablePath() : o.path() + "{i}.";
        if (base.object(twin) != null) {
            return refused(o.path() + " clashes with " + twin + " of the device's definitions");
        }
        for (String path : new String[] {o.path(), twin}) {
            Object owner = owners.get(path);
            if (owner != null) {
                return waiting(path + " is already defined by " + merged.get(owner).name());
            }
        }
        String parent = SchemaTree.parentOf(o.path());
        if (parent != null && base.object(parent) != null) {
            String segment = o.tablePath().substring(parent.length());
            if (!segment.startsWith(VENDOR_PREFIX)) {
                return refused(o.path() + ": an object added to a standard object must be named "
                        + VENDOR_PREFIX + "<OUI>_... (TR-106)");
            }
        }
        return null;
    }

    private static Decision refused(String reason) {
        return new Decision(Verdict.REFUSED, reason);
    }

    private static Decision waiting(String reason) {
        return new Decision(Verdict.WAITING, reason);
    }

    /** Base objects (with the parameters contributions anchor there) first, then contributed objects. */
    private SchemaTree build() {
        if (merged.isEmpty()) {
            return base;
        }
        Map<String, Map<String, ParamSchema>> anchored = new HashMap<>();
        List<ObjectSchema> added = new ArrayList<>();
        List<ModelInfo> models = new ArrayList<>(base.models());
        Map<String, String> counters = new LinkedHashMap<>(base.counters());
        for (Contribution c : merged.values()) {
            for (ObjectSchema o : c.definitions().objects()) {
                if (base.object(o.path()) == null) {
                    added.add(o);
                } else if (!o.params().isEmpty()) {
                    anchored.computeIfAbsent(o.path(), k -> new LinkedHashMap<>()).putAll(o.params());
                }
            }
            c.definitions().models().stream().filter(m -> !models.contains(m)).forEach(models::add);
            c.definitions().counters().forEach(counters::putIfAbsent);
        }
        List<ObjectSchema> objects = new ArrayList<>(base.objectCount() + added.size());
        for (ObjectSchema o : base.objects()) {
            Map<String, ParamSchema> extra = anchored.get(o.path());
            if (extra == null) {
                objects.add(o);
            } else {
                Map<String, ParamSchema> params = new LinkedHashMap<>(o.params());
                params.putAll(extra);
                objects.add(new ObjectSchema(o.path(), o.writable(), o.minEntries(), o.maxEntries(), o.uniqueKeys(),
                        o.status(), params));
            }
        }
        objects.addAll(added);
        return new SchemaTree(objects, models, counters);
    }
}
