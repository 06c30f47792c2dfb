package org.homegw.datamodel.internal.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.internal.path.ResolvedPath;
import org.homegw.datamodel.internal.path.ResolvedPath.InstanceRef;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Status;
import org.homegw.datamodel.internal.value.ValueCodec;

/**
 * Reads the live tree through the providers. A parameter belongs to the best provider that owns its
 * path (longest path, then ranking) and answers it; when that provider leaves a name out, the next
 * candidate is asked, so a specific provider can serve part of an object and the built-in store the
 * rest. One provider call per object and provider, never one per parameter. A table's
 * {@code numEntriesParameter} is computed here from the instances the registry sees, whichever
 * provider serves the table, unless a provider is registered for that very parameter.
 */
final class TreeAccess {

    private static final System.Logger LOG = System.getLogger(TreeAccess.class.getName());

    private final SchemaTree tree;
    private final ProviderTable providers;
    private final ValueCodec codec;
    /**
     * Per object definition (by schema path), worked out on first use: a walk reads every instance of
     * each definition it meets (not at construction: the start reads only a few objects).
     */
    private final Map<String, ObjectPlan> plans = new ConcurrentHashMap<>();

    /** An object definition's live parameters, and the counters among them (name to counted table segment). */
    private record ObjectPlan(ObjectSchema schema, List<ParamSchema> live, Map<String, String> counted) {
    }

    TreeAccess(SchemaTree tree, ProviderTable providers, ValueCodec codec) {
        this.tree = tree;
        this.providers = providers;
        this.codec = codec;
    }

    private ObjectPlan plan(ObjectSchema o) {
        List<ParamSchema> live = liveParams(o);
        Map<String, String> counted = new HashMap<>();
        for (ParamSchema p : live) {
            String segment = tree.countedTable(o.path(), p.name());
            if (segment != null) {
                counted.put(p.name(), segment);
            }
        }
        return new ObjectPlan(o, List.copyOf(live), Map.copyOf(counted));
    }

    ProviderTable providers() {
        return providers;
    }

    /** Instance numbers of a table (concrete path ending in "."): from the first owner that has any. */
    SortedSet<Long> instances(String tablePath) {
        for (ProviderRegistration r : providers.candidates(tablePath)) {
            Outcome<List<Long>> answer = ProviderCalls.call("instances of ", tablePath,
                    () -> r.provider().instances(tablePath));
            if (answer.isSuccess() && answer.value() != null && !answer.value().isEmpty()) {
                return new TreeSet<>(answer.value());
            }
            if (!answer.isSuccess()) {
                LOG.log(System.Logger.Level.DEBUG, "instances of {0} failed: {1}", tablePath, answer.faultOrNull());
            }
        }
        return new TreeSet<>();
    }

    /** The provider that handles instances of this table (adds and deletes them). */
    ProviderRegistration tableOwner(String tablePath) {
        List<ProviderRegistration> candidates = providers.candidates(tablePath);
        for (ProviderRegistration r : candidates) {
            Outcome<List<Long>> answer = ProviderCalls.call("instances of ", tablePath,
                    () -> r.provider().instances(tablePath));
            if (answer.isSuccess() && answer.value() != null && !answer.value().isEmpty()) {
                return r;
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** True when every instance on the path exists and some provider reaches the object. */
    boolean exists(ResolvedPath resolved) {
        for (InstanceRef ref : resolved.instances()) {
            if (!instances(ref.tablePath()).contains(ref.number())) {
                return false;
            }
        }
        String objectPath = resolved instanceof ResolvedPath.ParamNode p ? p.objectPath() : resolved.path();
        return providers.reaches(objectPath);
    }

    /**
     * Reads the named parameters of one object instance; names no provider answers are left out.
     * The result keeps the order of {@code wanted}.
     */
    Map<String, ReadValue> read(String objectPath, Collection<ParamSchema> wanted) {
        return read(objectPath, wanted, null);
    }

    /**
     * Every live parameter of an object instance of {@code schema} (as {@link #read} with
     * {@link #liveParams}), with what the definition tells worked out once for all its instances.
     */
    Map<String, ReadValue> readObject(String objectPath, ObjectSchema schema) {
        ObjectPlan plan = plans.get(schema.path());
        if (plan == null) {
            plan = plans.computeIfAbsent(schema.path(), k -> plan(schema));
        }
        if (plan.schema() != schema) { // not this tree's definition of the path: nothing cached for it
            return read(objectPath, liveParams(schema), null);
        }
        if (plan.live().isEmpty() || hasParameterPaths(objectPath)) {
            return read(objectPath, plan.live(), plan.counted());
        }
        return readShared(objectPath, plan.live(), plan.counted());
    }

    /**
     * {@link #read} of an object no provider serves single parameters of (every name has the
     * object's candidates as its chain), the common case of a walk: the same provider calls in the
     * same order, with arrays instead of maps per name.
     */
    private Map<String, ReadValue> readShared(String objectPath, List<ParamSchema> live, Map<String, String> counted) {
        int n = live.size();
        ReadValue[] values = new ReadValue[n];
        int[] pending = new int[n];
        int pendingCount = 0;
        List<String> pendingNames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = live.get(i).name();
            String segment = counted.isEmpty() ? null : counted.get(name);
            String countedTable = segment == null ? null : countedTable(objectPath, segment, name);
            if (countedTable != null) {
                values[i] = new ReadValue(Integer.toString(instances(countedTable).size()), null);
            } else {
                pending[pendingCount++] = i;
                pendingNames.add(name);
            }
        }
        for (ProviderRegistration candidate : providers.candidates(objectPath)) {
            if (pendingCount == 0) {
                break;
            }
            List<String> asked = pendingNames;
            Map<String, String> answered = answer(objectPath, candidate, asked);
            if (answered == null) {
                continue;
            }
            pendingNames = new ArrayList<>();
            int left = 0;
            for (int k = 0; k < pendingCount; k++) {
                int i = pending[k];
                String raw = answered.get(asked.get(k));
                if (raw != null) {
                    values[i] = new ReadValue(codec.canonicalForRead(live.get(i).syntax(), raw), candidate);
                } else {
                    pending[left++] = i;
                    pendingNames.add(asked.get(k));
                }
            }
            pendingCount = left;
        }
        Map<String, ReadValue> found = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            if (values[i] != null) {
                found.put(live.get(i).name(), values[i]);
            }
        }
        return found;
    }

    /** @param counted the counters among {@code wanted} (name to table segment); null: looked up here */
    private Map<String, ReadValue> read(String objectPath, Collection<ParamSchema> wanted, Map<String, String> counted) {
        Map<String, ReadValue> found = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        List<ProviderRegistration> objectCandidates = providers.candidates(objectPath);
        boolean paramSpecific = hasParameterPaths(objectPath);
        Map<String, List<ProviderRegistration>> chains = paramSpecific ? new LinkedHashMap<>() : null;
        Map<String, ParamSchema> schemas = new LinkedHashMap<>();
        String schemaPath = null;
        for (ParamSchema p : wanted) {
            if (p.status() == Status.DELETED) {
                continue;
            }
            String segment = null;
            if (counted != null) {
                segment = counted.isEmpty() ? null : counted.get(p.name());
            } else if (tree.mayCount(p.name())) {
                if (schemaPath == null) {
                    schemaPath = SchemaTree.schemaPathOf(objectPath);
                }
                segment = tree.countedTable(schemaPath, p.name());
            }
            String countedTable = segment == null ? null : countedTable(objectPath, segment, p.name());
            if (countedTable != null) {
                found.put(p.name(), new ReadValue(Integer.toString(instances(countedTable).size()), null));
                continue;
            }
            found.put(p.name(), null);
            schemas.put(p.name(), p);
            if (paramSpecific) {
                chains.put(p.name(), providers.candidates(objectPath + p.name()));
            }
        }
        if (paramSpecific) {
            readByChains(objectPath, chains, schemas, found);
        } else {
            readByCandidates(objectPath, objectCandidates, schemas, found);
        }
        found.values().removeIf(v -> v == null);
        return found;
    }

    /**
     * Every name has the object's candidates as its chain (no provider is registered for a single
     * parameter here): the same rounds as {@link #readByChains}, without a chain per name.
     */
    private void readByCandidates(String objectPath, List<ProviderRegistration> candidates,
                                  Map<String, ParamSchema> pending, Map<String, ReadValue> found) {
        for (ProviderRegistration candidate : candidates) {
            if (pending.isEmpty()) {
                return;
            }
            List<String> names = new ArrayList<>(pending.keySet());
            Map<String, String> values = answer(objectPath, candidate, names);
            if (values == null) {
                continue;
            }
            for (String name : names) {
                String raw = values.get(name);
                if (raw != null) {
                    found.put(name, new ReadValue(codec.canonicalForRead(pending.remove(name).syntax(), raw), candidate));
                }
            }
        }
    }

    /** Round n asks each name's n-th candidate, one call per provider for all the names it is asked. */
    private void readByChains(String objectPath, Map<String, List<ProviderRegistration>> chains,
                              Map<String, ParamSchema> schemas, Map<String, ReadValue> found) {
        int round = 0;
        while (!chains.isEmpty()) {
            Map<ProviderRegistration, List<String>> byProvider = new IdentityHashMap<>();
            for (Map.Entry<String, List<ProviderRegistration>> e : chains.entrySet()) {
                if (round < e.getValue().size()) {
                    byProvider.computeIfAbsent(e.getValue().get(round), k -> new ArrayList<>()).add(e.getKey());
                }
            }
            if (byProvider.isEmpty()) {
                break;
            }
            for (Map.Entry<ProviderRegistration, List<String>> e : byProvider.entrySet()) {
                Map<String, String> values = answer(objectPath, e.getKey(), e.getValue());
                if (values == null) {
                    continue;
                }
                for (String name : e.getValue()) {
                    String raw = values.get(name);
                    if (raw != null) {
                        found.put(name, new ReadValue(codec.canonicalForRead(schemas.get(name).syntax(), raw), e.getKey()));
                        chains.remove(name);
                    }
                }
            }
            round++;
        }
    }

    /** One provider's values for the names, or null (logged) when the read failed. */
    private static Map<String, String> answer(String objectPath, ProviderRegistration provider, List<String> names) {
        Outcome<Map<String, String>> answer = ProviderCalls.call("read of ", objectPath,
                () -> provider.provider().read(objectPath, names));
        if (!answer.isSuccess() || answer.value() == null) {
            LOG.log(System.Logger.Level.DEBUG, "read of {0} failed: {1}", objectPath, answer.faultOrNull());
            return null;
        }
        return answer.value();
    }

    /**
     * The concrete table path a counter parameter counts (its table {@code segment} in the object),
     * or null when a provider is registered for the counter explicitly or no provider reaches the table.
     */
    private String countedTable(String objectPath, String segment, String name) {
        String table = objectPath + segment;
        return providers.servesExplicitly(objectPath + name) || !providers.reaches(table) ? null : table;
    }

    /** One parameter, or null when no provider serves it. */
    ReadValue read(String objectPath, ParamSchema param) {
        return read(objectPath, List.of(param)).get(param.name());
    }

    /** True when an object is reachable: a provider owns it or something inside it. */
    boolean reaches(String objectPath) {
        return providers.reaches(objectPath);
    }

    /** The instance paths of a table that exist, e.g. "Device.NAT.PortMapping.1.", ascending. */
    List<String> instancePaths(String tablePath) {
        List<String> out = new ArrayList<>();
        for (Long n : instances(tablePath)) {
            out.add(tablePath + n + ".");
        }
        return out;
    }

    /** Parameter names of an object that are not deleted, in definition order. */
    static List<ParamSchema> liveParams(ObjectSchema object) {
        List<ParamSchema> out = new ArrayList<>(object.params().size());
        for (ParamSchema p : object.params().values()) {
            if (p.status() != Status.DELETED) {
                out.add(p);
            }
        }
        return out;
    }

    private boolean hasParameterPaths(String objectPath) {
        return providers.servesParameterIn(objectPath);
    }
}
