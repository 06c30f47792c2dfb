package org.homegw.datamodel.internal.store;

import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The registry's persisted state in memory; kept sorted so the file is stable. */
final class StateSnapshot {

    private final TreeMap<String, String> values = new TreeMap<>();
    private final TreeMap<String, SortedSet<Long>> instances = new TreeMap<>();
    private final TreeMap<String, Long> nextInstance = new TreeMap<>();
    private final TreeMap<String, PersistedAttributes> attributes = new TreeMap<>();
    private String parameterKey;

    TreeMap<String, String> values() {
        return values;
    }

    TreeMap<String, SortedSet<Long>> instances() {
        return instances;
    }

    TreeMap<String, Long> nextInstance() {
        return nextInstance;
    }

    TreeMap<String, PersistedAttributes> attributes() {
        return attributes;
    }

    String parameterKey() {
        return parameterKey;
    }

    void setParameterKey(String key) {
        this.parameterKey = key;
    }

    StateSnapshot copy() {
        StateSnapshot c = new StateSnapshot();
        c.values.putAll(values);
        instances.forEach((k, v) -> c.instances.put(k, new TreeSet<>(v)));
        c.nextInstance.putAll(nextInstance);
        c.attributes.putAll(attributes);
        c.parameterKey = parameterKey;
        return c;
    }
}
