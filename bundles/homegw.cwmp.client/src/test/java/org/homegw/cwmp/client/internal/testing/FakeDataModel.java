package org.homegw.cwmp.client.internal.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.homegw.datamodel.api.AddedObject;
import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterAttributes;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.api.ValueSink;

/** A small in-memory DataModel for tests: flat parameters, tables by "{i}"-less prefixes, forcedInform flags. */
public final class FakeDataModel implements DataModel {

    private record Param(String value, String type, boolean writable, int notification, boolean forced) {
    }

    private final TreeMap<String, Param> params = new TreeMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final Set<String> tables = new LinkedHashSet<>();
    private final Map<String, Integer> nextInstance = new TreeMap<>();
    public String parameterKey = "";
    /** How often {@link #getValue} and {@link #getValues} were called (to prove batched reads). */
    public int getValueCalls;
    public int getValuesCalls;
    /** Every path asked for through {@link #getValue} and {@link #getValues}, in order. */
    public final List<String> pathsRead = new java.util.ArrayList<>();

    public static FakeDataModel device() {
        FakeDataModel m = new FakeDataModel();
        m.put("Device.DeviceInfo.Manufacturer", "homegw", "string", false);
        m.put("Device.DeviceInfo.ManufacturerOUI", "00D09E", "string", false);
        m.put("Device.DeviceInfo.ProductClass", "HGW", "string", false);
        m.put("Device.DeviceInfo.SerialNumber", "SN0001", "string", false);
        m.forced("Device.DeviceInfo.SoftwareVersion", "1.0", "string");
        m.forced("Device.ManagementServer.ParameterKey", "", "string");
        m.put("Device.ManagementServer.PeriodicInformInterval", "300", "unsignedInt", true);
        m.put("Device.ManagementServer.PeriodicInformEnable", "true", "boolean", true);
        return m;
    }

    public FakeDataModel put(String path, String value, String type, boolean writable) {
        params.put(path, new Param(value, type, writable, 0, false));
        return this;
    }

    public FakeDataModel forced(String path, String value, String type) {
        params.put(path, new Param(value, type, false, 0, true));
        return this;
    }

    public FakeDataModel table(String tablePath) {
        tables.add(tablePath);
        return this;
    }

    /** A change made by the device itself (not through the ACS), seen by notification. */
    public void deviceChange(String path, String value) {
        Param p = params.get(path);
        params.put(path, new Param(value, p.type, p.writable, p.notification, p.forced));
        if (p.notification > 0) {
            changed.add(path);
        }
    }

    /** The device drops an object instance by itself (a LAN host leaves), outside any ACS request. */
    public void vanish(String objectPath) {
        params.keySet().removeIf(k -> k.startsWith(objectPath));
    }

    public String valueOf(String path) {
        return params.get(path).value;
    }

    @Override
    public String rootObject() {
        return "Device.";
    }

    private boolean objectExists(String path) {
        return path.isEmpty() || params.keySet().stream().anyMatch(k -> k.startsWith(path));
    }

    @Override
    public Outcome<Integer> getValues(List<String> paths, ValueSink sink) {
        getValuesCalls++;
        pathsRead.addAll(paths);
        for (String p : paths) {
            if (p.isEmpty() || p.endsWith(".") ? !objectExists(p) : !params.containsKey(p)) {
                return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Invalid parameter name " + p);
            }
        }
        int n = 0;
        for (String p : paths) {
            for (Map.Entry<String, Param> e : params.entrySet()) {
                if (p.endsWith(".") || p.isEmpty() ? e.getKey().startsWith(p) : e.getKey().equals(p)) {
                    sink.accept(new ParameterValue(e.getKey(), e.getValue().value, e.getValue().type));
                    n++;
                }
            }
        }
        return Outcome.success(n);
    }

    @Override
    public Outcome<ParameterValue> getValue(String path) {
        getValueCalls++;
        pathsRead.add(path);
        Param p = params.get(path);
        return p == null ? Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Invalid parameter name " + path)
                : Outcome.success(new ParameterValue(path, p.value, p.type));
    }

    /**
     * TR-069 GetParameterNames: the empty path with NextLevel true names only the root object;
     * NextLevel false lists the object itself and every object and parameter below it.
     */
    @Override
    public Outcome<List<ParameterInfo>> getNames(String path, boolean nextLevel) {
        if (path.isEmpty() && nextLevel) {
            return Outcome.success(List.of(new ParameterInfo("Device.", false)));
        }
        String base = path.isEmpty() ? "Device." : path;
        if (!base.endsWith(".")) {
            Param p = params.get(base);
            return p == null ? Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Invalid parameter name " + base)
                    : Outcome.success(List.of(new ParameterInfo(base, p.writable)));
        }
        if (!objectExists(base)) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Invalid parameter name " + base);
        }
        Set<ParameterInfo> out = new LinkedHashSet<>();
        if (!nextLevel) {
            out.add(new ParameterInfo(base, false));
        }
        for (Map.Entry<String, Param> e : params.entrySet()) {
            if (!e.getKey().startsWith(base)) {
                continue;
            }
            String rest = e.getKey().substring(base.length());
            int dot = rest.indexOf('.');
            if (nextLevel) {
                out.add(dot < 0 ? new ParameterInfo(e.getKey(), e.getValue().writable)
                        : new ParameterInfo(base + rest.substring(0, dot + 1), false));
            } else {
                for (int i = rest.indexOf('.'); i >= 0; i = rest.indexOf('.', i + 1)) {
                    out.add(new ParameterInfo(base + rest.substring(0, i + 1), false));
                }
                out.add(new ParameterInfo(e.getKey(), e.getValue().writable));
            }
        }
        return Outcome.success(new ArrayList<>(out));
    }

    @Override
    public Outcome<Integer> setValues(List<ParameterValue> values, String key, Caller caller) {
        List<CwmpFault.ParameterFault> faults = new ArrayList<>();
        for (ParameterValue v : values) {
            Param p = params.get(v.path());
            if (p == null) {
                faults.add(new CwmpFault.ParameterFault(v.path(), 9005, "Invalid parameter name"));
            } else if (!p.writable) {
                faults.add(new CwmpFault.ParameterFault(v.path(), 9008, "Not writable"));
            } else if (p.type.equals("unsignedInt") && !v.value().matches("\\d+")) {
                faults.add(new CwmpFault.ParameterFault(v.path(), 9007, "Invalid value"));
            }
        }
        if (!faults.isEmpty()) {
            return Outcome.failure(CwmpFault.ofParameters(faults));
        }
        for (ParameterValue v : values) {
            Param p = params.get(v.path());
            params.put(v.path(), new Param(v.value(), p.type, p.writable, p.notification, p.forced));
        }
        parameterKey = key;
        params.computeIfPresent("Device.ManagementServer.ParameterKey",
                (k, p) -> new Param(key, p.type, p.writable, p.notification, p.forced));
        return Outcome.success(0);
    }

    @Override
    public Outcome<List<ParameterAttributes>> getAttributes(List<String> paths) {
        List<ParameterAttributes> out = new ArrayList<>();
        for (String path : paths) {
            Param p = params.get(path);
            if (p == null) {
                return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Invalid parameter name " + path);
            }
            out.add(new ParameterAttributes(path, p.notification, List.of()));
        }
        return Outcome.success(out);
    }

    @Override
    public Outcome<Void> setAttributes(List<AttributeChange> changes) {
        for (AttributeChange c : changes) {
            if (!params.containsKey(c.path())) {
                return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Invalid parameter name " + c.path());
            }
        }
        for (AttributeChange c : changes) {
            Param p = params.get(c.path());
            if (c.notificationChange()) {
                params.put(c.path(), new Param(p.value, p.type, p.writable, c.notification(), p.forced));
            }
        }
        return Outcome.success(null);
    }

    @Override
    public Outcome<AddedObject> addObject(String tablePath, String key, Caller caller) {
        if (!tables.contains(tablePath)) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "not a table: " + tablePath);
        }
        int n = nextInstance.merge(tablePath, 1, Integer::sum);
        put(tablePath + n + ".Enable", "false", "boolean", true);
        return Outcome.success(new AddedObject(n, 0));
    }

    @Override
    public Outcome<Integer> deleteObject(String instancePath, String key, Caller caller) {
        if (!params.keySet().removeIf(k -> k.startsWith(instancePath))) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "no instance " + instancePath);
        }
        return Outcome.success(0);
    }

    @Override
    public Optional<String> typeOf(String path) {
        return Optional.ofNullable(params.get(path)).map(Param::type);
    }

    @Override
    public List<ParameterValue> forcedInformValues() {
        return params.entrySet().stream().filter(e -> e.getValue().forced)
                .map(e -> new ParameterValue(e.getKey(), e.getValue().value, e.getValue().type)).toList();
    }

    @Override
    public List<ParameterValue> changedValues() {
        return changed.stream().map(p -> new ParameterValue(p, params.get(p).value, params.get(p).type)).toList();
    }

    @Override
    public void clearChanged() {
        changed.clear();
    }
}
