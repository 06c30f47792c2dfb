package org.homegw.datamodel.internal.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.path.ResolvedPath;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Status;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * The built-in provider of configuration-only parameters: values live in the {@link StateStore},
 * starting from {@link DefaultValues}. A parameter is served when it has a value (written, or a
 * default); instances it creates get every writable parameter (object default, else a neutral value
 * of the type) and "cpe-N" aliases; the "NumberOfEntries" counter of each of its tables is counted.
 * It also serves the ParameterKey the registry keeps. The registry
 * asks it last (lowest ranking), so any device provider owning the same paths wins.
 */
public final class StoreProvider extends AbstractParameterProvider {

    private static final String ENTRIES = "NumberOfEntries";

    private final StateStore store;
    private final String parameterKeyPath;
    /** Definitions and the defaults derived from them: replaced as a whole when bundles change the definitions. */
    private volatile Defaults current;

    private record Defaults(PathResolver resolver, Map<String, String> values,
                            Map<String, SortedSet<Long>> seededInstances) {
    }

    public StoreProvider(SchemaTree tree, StateStore store, Map<String, String> defaults) {
        this.store = store;
        this.parameterKeyPath = tree.root() + "ManagementServer.ParameterKey";
        useDefinitions(tree, defaults);
    }

    /** Serves from now on with these definitions and the default values computed for them. */
    public void useDefinitions(SchemaTree tree, Map<String, String> defaults) {
        PathResolver resolver = new PathResolver(tree);
        Map<String, SortedSet<Long>> seeded = new LinkedHashMap<>();
        for (String path : defaults.keySet()) {
            ResolvedPath resolved = resolver.resolve(path);
            if (resolved != null) {
                for (ResolvedPath.InstanceRef ref : resolved.instances()) {
                    seeded.computeIfAbsent(ref.tablePath(), k -> new TreeSet<>()).add(ref.number());
                }
            }
        }
        current = new Defaults(resolver, Map.copyOf(defaults), seeded);
    }

    /** The paths to register the store for: the configured subtrees plus the ParameterKey. */
    public List<String> servedPaths(List<String> subtrees) {
        List<String> out = new ArrayList<>(subtrees);
        if (!out.contains(parameterKeyPath)) {
            out.add(parameterKeyPath);
        }
        return out;
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        return Outcome.success(List.copyOf(currentInstances(tablePath)));
    }

    private SortedSet<Long> currentInstances(String tablePath) {
        SortedSet<Long> recorded = store.instances(tablePath);
        if (recorded != null) {
            return recorded;
        }
        SortedSet<Long> seeded = current.seededInstances().get(tablePath);
        return seeded == null ? new TreeSet<>() : new TreeSet<>(seeded);
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames) {
        Map<String, String> defaults = current.values();
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : parameterNames) {
            String path = objectPath + name;
            String value = path.equals(parameterKeyPath) ? store.parameterKey() : store.value(path);
            if (value == null) {
                value = defaults.get(path);
            }
            if (value == null && name.endsWith(ENTRIES)) {
                value = entryCount(objectPath + name.substring(0, name.length() - ENTRIES.length()) + ".");
            }
            if (value != null) {
                out.put(name, value);
            }
        }
        return Outcome.success(out);
    }

    @Override
    public Outcome<Integer> write(List<ParameterWrite> writes) {
        store.transaction(() -> {
            for (ParameterWrite w : writes) {
                if (w.path().equals(parameterKeyPath)) {
                    store.setParameterKey(w.value());
                } else {
                    store.putValue(w.path(), w.value());
                }
            }
        });
        return Outcome.success(0);
    }

    @Override
    public Outcome<Integer> add(String tablePath, long instanceNumber) {
        ResolvedPath resolved = current.resolver().resolve(tablePath);
        if (!(resolved instanceof ResolvedPath.TableNode table)) {
            return Outcome.failure(9005, "Not a table: " + tablePath);
        }
        String instancePath = tablePath + instanceNumber + ".";
        store.transaction(() -> {
            SortedSet<Long> numbers = new TreeSet<>(currentInstances(tablePath));
            numbers.add(instanceNumber);
            store.setInstances(tablePath, numbers);
            for (ParamSchema p : table.instanceSchema().params().values()) {
                String initial = initialValue(p, instanceNumber);
                if (initial != null) {
                    store.putValue(instancePath + p.name(), initial);
                }
            }
        });
        return Outcome.success(0);
    }

    @Override
    public Outcome<Integer> delete(String instancePath) {
        String withoutDot = instancePath.substring(0, instancePath.length() - 1);
        String tablePath = withoutDot.substring(0, withoutDot.lastIndexOf('.') + 1);
        long number = Long.parseLong(withoutDot.substring(withoutDot.lastIndexOf('.') + 1));
        store.transaction(() -> {
            SortedSet<Long> numbers = new TreeSet<>(currentInstances(tablePath));
            numbers.remove(number);
            store.setInstances(tablePath, numbers);
            store.removeSubtree(instancePath);
        });
        return Outcome.success(0);
    }

    /** BBF names a table's counter "<Table>NumberOfEntries" in the parent object. */
    private String entryCount(String tablePath) {
        return current.resolver().resolve(tablePath) instanceof ResolvedPath.TableNode
                ? Integer.toString(currentInstances(tablePath).size()) : null;
    }

    private static String initialValue(ParamSchema p, long instanceNumber) {
        if (p.status() == Status.DELETED) {
            return null;
        }
        if ("Alias".equals(p.name())) {
            // TR-069: a CPE-assigned alias starts with "cpe-"
            return "cpe-" + instanceNumber;
        }
        if (p.objectDefault() != null) {
            return p.objectDefault();
        }
        return p.writable() ? NeutralValues.of(p.syntax()) : null;
    }
}
