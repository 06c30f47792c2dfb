package org.homegw.datamodel.internal.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The registry's view of one object definition. {@code path} is the schema path with "{i}." for
 * table instances, e.g. "Device.NAT.PortMapping.{i}."; {@code writable} means instances may be
 * added and deleted; {@code maxEntries} null means unbounded; {@code uniqueKeys} lists the
 * parameter-name sets whose values must differ between instances.
 */
public record ObjectSchema(String path, boolean writable, long minEntries, Long maxEntries,
                           List<List<String>> uniqueKeys, Status status, Map<String, ParamSchema> params) {

    public ObjectSchema {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        if (!path.endsWith(".")) {
            throw new IllegalArgumentException("object path must end in '.': " + path);
        }
        List<List<String>> keys = new ArrayList<>();
        for (List<String> key : uniqueKeys) {
            keys.add(List.copyOf(key));
        }
        uniqueKeys = List.copyOf(keys);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A multi-instance object: its path ends in "{i}.". */
    public boolean isTable() {
        return path.endsWith(".{i}.");
    }

    /** For a table, the path without the trailing "{i}.", e.g. "Device.NAT.PortMapping.". */
    public String tablePath() {
        return isTable() ? path.substring(0, path.length() - 4) : path;
    }

    public ParamSchema param(String name) {
        return params.get(name);
    }

    /** A single (non-table) object with these parameters, for definitions built in code. */
    public static ObjectSchema single(String path, ParamSchema... params) {
        return new ObjectSchema(path, false, 1, 1L, List.of(), Status.CURRENT, byName(params));
    }

    /** A table whose instances the ACS may add and delete. */
    public static ObjectSchema table(String path, Long maxEntries, List<List<String>> uniqueKeys,
                                     ParamSchema... params) {
        return new ObjectSchema(path, true, 0, maxEntries, uniqueKeys, Status.CURRENT, byName(params));
    }

    private static Map<String, ParamSchema> byName(ParamSchema... params) {
        Map<String, ParamSchema> map = new LinkedHashMap<>();
        for (ParamSchema p : params) {
            map.put(p.name(), p);
        }
        return map;
    }
}
