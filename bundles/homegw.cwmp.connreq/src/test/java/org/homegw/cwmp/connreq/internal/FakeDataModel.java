package org.homegw.cwmp.connreq.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.homegw.datamodel.api.AddedObject;
import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterAttributes;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.api.ValueSink;

/** A map of Device.ManagementServer values; only the reads this bundle makes are supported. */
public final class FakeDataModel implements DataModel {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    public FakeDataModel set(String name, String value) {
        values.put("Device.ManagementServer." + name, value);
        return this;
    }

    @Override
    public String rootObject() {
        return "Device.";
    }

    @Override
    public Outcome<ParameterValue> getValue(String parameterPath) {
        String v = values.get(parameterPath);
        return v == null ? Outcome.failure(9005, "Invalid parameter name " + parameterPath)
                : Outcome.success(new ParameterValue(parameterPath, v, "string"));
    }

    private static <T> Outcome<T> unsupported() {
        return Outcome.failure(9000, "not in the fake");
    }

    @Override
    public Outcome<Integer> getValues(List<String> paths, ValueSink sink) {
        return unsupported();
    }

    @Override
    public Outcome<List<ParameterInfo>> getNames(String path, boolean nextLevel) {
        return unsupported();
    }

    @Override
    public Outcome<Integer> setValues(List<ParameterValue> v, String parameterKey, Caller caller) {
        return unsupported();
    }

    @Override
    public Outcome<List<ParameterAttributes>> getAttributes(List<String> paths) {
        return unsupported();
    }

    @Override
    public Outcome<Void> setAttributes(List<AttributeChange> changes) {
        return unsupported();
    }

    @Override
    public Outcome<AddedObject> addObject(String tablePath, String parameterKey, Caller caller) {
        return unsupported();
    }

    @Override
    public Outcome<Integer> deleteObject(String instancePath, String parameterKey, Caller caller) {
        return unsupported();
    }

    @Override
    public Optional<String> typeOf(String parameterPath) {
        return Optional.empty();
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
        // nothing tracked
    }
}
