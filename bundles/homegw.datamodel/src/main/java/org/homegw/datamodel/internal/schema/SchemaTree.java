package org.homegw.datamodel.internal.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every object definition the device knows, by schema path, with the child objects of each in
 * definition order. Missing ancestors (e.g. "Device.Services." when only a service model is loaded)
 * are synthesised as plain read-only objects so that every object has a parent.
 */
public final class SchemaTree {

    private final String root;
    private final Map<String, ObjectSchema> objects;
    private final Map<String, List<ObjectSchema>> children;
    private final List<ModelInfo> models;
    private final int parameterCount;
    private final Map<String, String> counters;
    /** The parameter names (last segment) of every counter, so most parameters are ruled out by name. */
    private final Set<String> counterNames;

    public SchemaTree(List<ObjectSchema> definitions, List<ModelInfo> models) {
        this(definitions, models, Map.of());
    }

    /**
     * @param counters the tables' {@code numEntriesParameter}s: schema path of the counter parameter
     *                 (e.g. "Device.NAT.PortMappingNumberOfEntries") to the table it counts, as the
     *                 table's name segment in the counter's object (e.g. "PortMapping.")
     */
    public SchemaTree(List<ObjectSchema> definitions, List<ModelInfo> models, Map<String, String> counters) {
        Map<String, ObjectSchema> byPath = new LinkedHashMap<>();
        for (ObjectSchema o : definitions) {
            addWithAncestors(byPath, o);
        }
        String rootPath = null;
        Map<String, List<ObjectSchema>> kids = new HashMap<>();
        int params = 0;
        for (ObjectSchema o : byPath.values()) {
            params += o.params().size();
            String parent = parentOf(o.path());
            if (parent == null) {
                if (rootPath != null && !rootPath.equals(o.path())) {
                    throw new IllegalArgumentException("two root objects: " + rootPath + " and " + o.path());
                }
                rootPath = o.path();
            } else {
                kids.computeIfAbsent(parent, k -> new ArrayList<>()).add(o);
            }
        }
        if (rootPath == null) {
            throw new IllegalArgumentException("no root object");
        }
        this.root = rootPath;
        this.objects = Collections.unmodifiableMap(byPath);
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = kids;
        this.models = List.copyOf(models);
        this.parameterCount = params;
        this.counters = Map.copyOf(counters);
        Set<String> names = new HashSet<>();
        for (String counter : counters.keySet()) {
            names.add(counter.substring(counter.lastIndexOf('.') + 1));
        }
        this.counterNames = Set.copyOf(names);
    }

    private static void addWithAncestors(Map<String, ObjectSchema> byPath, ObjectSchema o) {
        String parent = parentOf(o.path());
        if (parent != null && !byPath.containsKey(parent)) {
            addWithAncestors(byPath, ObjectSchema.single(parent));
        }
        ObjectSchema previous = byPath.get(o.path());
        if (previous == null || previous.params().isEmpty() && !o.params().isEmpty()
                || previous.status() == Status.DELETED) {
            byPath.put(o.path(), o);
        }
    }

    /** The schema path of the object containing this one, null for the root. */
    public static String parentOf(String objectPath) {
        String p = objectPath.endsWith(".{i}.") ? objectPath.substring(0, objectPath.length() - 4) : objectPath;
        int cut = p.lastIndexOf('.', p.length() - 2);
        return cut < 0 ? null : p.substring(0, cut + 1);
    }

    /** The root object, "Device." or "InternetGatewayDevice.". */
    public String root() {
        return root;
    }

    public ObjectSchema object(String schemaPath) {
        return objects.get(schemaPath);
    }

    /** Child objects (tables as their "{i}." definition) in definition order. */
    public List<ObjectSchema> children(String schemaPath) {
        return children.getOrDefault(schemaPath, List.of());
    }

    public Iterable<ObjectSchema> objects() {
        return objects.values();
    }

    public int objectCount() {
        return objects.size();
    }

    public int parameterCount() {
        return parameterCount;
    }

    public List<ModelInfo> models() {
        return models;
    }

    /** Every counter parameter's schema path to the table segment it counts (see {@link #countedTable}). */
    public Map<String, String> counters() {
        return counters;
    }

    /**
     * The table a {@code ...NumberOfEntries} parameter counts, as its name segment inside the object
     * holding the counter (e.g. "PortMapping."), or null when the parameter counts no table.
     */
    public String countedTable(String objectSchemaPath, String paramName) {
        return counters.isEmpty() ? null : counters.get(objectSchemaPath + paramName);
    }

    /** False when no object has a counter parameter of this name: the cheap test before {@link #countedTable}. */
    public boolean mayCount(String paramName) {
        return counterNames.contains(paramName);
    }

    /**
     * The schema path of a concrete object path: every instance number segment (digits only, not the
     * first segment) becomes "{i}", e.g. "Device.NAT.PortMapping.3." is "Device.NAT.PortMapping.{i}.".
     */
    public static String schemaPathOf(String objectPath) {
        StringBuilder out = null;
        int start = objectPath.indexOf('.') + 1; // the root segment is never an instance number
        int copied = 0;
        while (start > 0 && start < objectPath.length()) {
            int dot = objectPath.indexOf('.', start);
            if (dot < 0) {
                break; // a trailing name without "." after it is no instance number
            }
            if (dot > start && digitsOnly(objectPath, start, dot)) {
                if (out == null) {
                    out = new StringBuilder(objectPath.length() + 8);
                }
                out.append(objectPath, copied, start).append("{i}");
                copied = dot;
            }
            start = dot + 1;
        }
        return out == null ? objectPath : out.append(objectPath, copied, objectPath.length()).toString();
    }

    private static boolean digitsOnly(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
