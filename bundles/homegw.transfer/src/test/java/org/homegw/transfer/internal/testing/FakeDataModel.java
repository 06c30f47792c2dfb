package org.homegw.transfer.internal.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homegw.datamodel.api.AddedObject;
import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterAttributes;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.api.ValueSink;

/**
 * A small in-memory parameter tree with the registry's SetParameterValues contract: every value is
 * checked first (9005 unknown, 9008 read-only, 9007 not an unsignedInt) and nothing is applied when
 * one fails.
 */
public final class FakeDataModel implements DataModel {

    private record Param(String value, String type, boolean writable) {
    }

    private final Map<String, Param> params = new LinkedHashMap<>();
    private int setCalls;

    public FakeDataModel put(String path, String value, String type, boolean writable) {
        params.put(path, new Param(value, type, writable));
        return this;
    }

    public String value(String path) {
        return params.get(path).value();
    }

    public int setCalls() {
        return setCalls;
    }

    @Override
    public String rootObject() {
        return "Device.";
    }

    @Override
    public synchronized Outcome<Integer> getValues(List<String> paths, ValueSink sink) {
        List<ParameterValue> out = new ArrayList<>();
        for (String p : paths) {
            List<String> matched = params.keySet().stream().filter(k -> p.endsWith(".") ? k.startsWith(p) : k.equals(p))
                    .toList();
            if (matched.isEmpty()) {
                return Outcome.failure(9005, "Invalid parameter name " + p);
            }
            matched.forEach(k -> out.add(new ParameterValue(k, params.get(k).value(), params.get(k).type())));
        }
        out.forEach(sink::accept);
        return Outcome.success(out.size());
    }

    @Override
    public Outcome<ParameterValue> getValue(String path) {
        Param p = params.get(path);
        return p == null ? Outcome.failure(9005, "Invalid parameter name " + path)
                : Outcome.success(new ParameterValue(path, p.value(), p.type()));
    }

    @Override
    public synchronized Outcome<List<ParameterInfo>> getNames(String path, boolean nextLevel) {
        return Outcome.success(params.entrySet().stream().filter(e -> e.getKey().startsWith(path))
                .map(e -> new ParameterInfo(e.getKey(), e.getValue().writable())).toList());
    }

    @Override
    public synchronized Outcome<Integer> setValues(List<ParameterValue> values, String parameterKey, Caller caller) {
        setCalls++;
        List<CwmpFault.ParameterFault> faults = new ArrayList<>();
        for (ParameterValue v : values) {
            Param p = params.get(v.path());
            if (p == null) {
                faults.add(new CwmpFault.ParameterFault(v.path(), 9005, "Invalid parameter name"));
            } else if (!p.writable()) {
                faults.add(new CwmpFault.ParameterFault(v.path(), 9008, "Attempt to set a non-writable parameter"));
            } else if (p.type().equals("unsignedInt") && !v.value().matches("\\d{1,10}")) {
                faults.add(new CwmpFault.ParameterFault(v.path(), 9007, "Invalid parameter value"));
            }
        }
        if (!faults.isEmpty()) {
            return Outcome.failure(CwmpFault.ofParameters(faults));
        }
        for (ParameterValue v : values) {
            Param p = params.get(v.path());
            params.put(v.path(), new Param(v.value(), p.type(), true));
        }
        if (params.containsKey("Device.ManagementServer.ParameterKey")) {
            params.put("Device.ManagementServer.ParameterKey", new Param(parameterKey, "string", false));
        }
        return Outcome.success(0);
    }

    @Override
    public Outcome<List<ParameterAttributes>> getAttributes(List<String> paths) {
        return Outcome.failure(9000, "not in this fake");
    }

    @Override
    public Outcome<Void> setAttributes(List<AttributeChange> changes) {
        return Outcome.failure(9000, "not in this fake");
    }

    @Override
    public Outcome<AddedObject> addObject(String tablePath, String parameterKey, Caller caller) {
        return Outcome.failure(9000, "not in this fake");
    }

    @Override
    public Outcome<Integer> deleteObject(String instancePath, String parameterKey, Caller caller) {
        return Outcome.failure(9000, "not in this fake");
    }

    @Override
    public Optional<String> typeOf(String parameterPath) {
        return Optional.ofNullable(params.get(parameterPath)).map(Param::type);
    }

    @Override
    public List<ParameterValue> forcedInformValues() {
        return List.of();
    }

    @Override
    public List<ParameterValue> changedValues() {
        return List.of();
    }

    @Override
    public void clearChanged() {
    }
}
