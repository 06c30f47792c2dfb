package org.homegw.datamodel.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * A provider over a map of full paths to values, for tests: tables are whatever instance paths the
 * map holds; faults can be armed for validate, write, add; every call is counted.
 */
public class MapProvider extends AbstractParameterProvider {

    public final Map<String, String> values = new ConcurrentHashMap<>();
    public final Map<String, TreeSet<Long>> tables = new ConcurrentHashMap<>();
    public final List<String> calls = new ArrayList<>();
    public CwmpFault validateFault;
    public CwmpFault writeFault;
    public int writeStatus;
    /** The origin of every write handed over, in order ("path ACS"). */
    public final List<String> writeOrigins = new ArrayList<>();
    public int addStatus;
    public boolean throwOnWrite;
    /** Template of parameter names with their initial values, per table path, used by add(). */
    public final Map<String, Map<String, String>> newInstance = new LinkedHashMap<>();

    public MapProvider put(String path, String value) {
        values.put(path, value);
        return this;
    }

    public MapProvider table(String tablePath, long... numbers) {
        TreeSet<Long> set = new TreeSet<>();
        for (long n : numbers) {
            set.add(n);
        }
        tables.put(tablePath, set);
        return this;
    }

    @Override
    public synchronized Outcome<List<Long>> instances(String tablePath) {
        calls.add("instances " + tablePath);
        return Outcome.success(List.copyOf(tables.getOrDefault(tablePath, new TreeSet<>())));
    }

    @Override
    public synchronized Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        calls.add("read " + objectPath);
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : names) {
            String v = values.get(objectPath + n);
            if (v != null) {
                out.put(n, v);
            }
        }
        return Outcome.success(out);
    }

    @Override
    public synchronized Outcome<Void> validate(List<ParameterWrite> writes) {
        calls.add("validate " + writes.size());
        return validateFault == null ? Outcome.success(null) : Outcome.failure(validateFault);
    }

    @Override
    public synchronized Outcome<Integer> write(List<ParameterWrite> writes) {
        calls.add("write " + writes.size());
        writes.forEach(w -> writeOrigins.add(w.path() + " " + w.caller()));
        if (throwOnWrite) {
            throw new IllegalStateException("device on fire");
        }
        if (writeFault != null) {
            return Outcome.failure(writeFault);
        }
        for (ParameterWrite w : writes) {
            values.put(w.path(), w.value());
        }
        return Outcome.success(writeStatus);
    }

    @Override
    public synchronized Outcome<Integer> add(String tablePath, long instanceNumber) {
        calls.add("add " + tablePath + instanceNumber);
        tables.computeIfAbsent(tablePath, k -> new TreeSet<>()).add(instanceNumber);
        newInstance.getOrDefault(tablePath, Map.of())
                .forEach((name, value) -> values.put(tablePath + instanceNumber + "." + name, value));
        return Outcome.success(addStatus);
    }

    @Override
    public synchronized Outcome<Integer> delete(String instancePath) {
        calls.add("delete " + instancePath);
        String table = instancePath.substring(0, instancePath.lastIndexOf('.', instancePath.length() - 2) + 1);
        long n = Long.parseLong(instancePath.substring(table.length(), instancePath.length() - 1));
        tables.getOrDefault(table, new TreeSet<>()).remove(n);
        values.keySet().removeIf(k -> k.startsWith(instancePath));
        return Outcome.success(0);
    }

    /** Pushes a change through the sink the registry attached. */
    public void changed(String... paths) {
        fireValueChanged(paths);
    }
}
