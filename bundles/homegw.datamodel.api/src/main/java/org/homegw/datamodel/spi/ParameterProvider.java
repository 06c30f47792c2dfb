package org.homegw.datamodel.spi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.Outcome;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Serves part of the parameter tree. Registered as an OSGi service with the property {@link #PATH}
 * naming the object path(s) it owns (e.g. "Device.WiFi.") or single parameter paths; for any path
 * the registry picks the provider with the longest matching path, then the highest service ranking.
 * A provider appearing makes its parameters supported at once; its going away removes them.
 *
 * <p>The registry validates names, types, ranges and access against the definitions before it calls
 * a provider, so a provider only adds the checks that need the device (e.g. a channel must fit the
 * band: 9007). Answers are {@link Outcome}s, never exceptions. Extend {@link AbstractParameterProvider}.
 */
@ConsumerType
public interface ParameterProvider {

    /** Service property (String or String[]): object paths ending in "." or parameter paths owned. */
    String PATH = "homegw.dm.path";

    /**
     * Service property (Boolean, default true): false when the provider cannot push changes, so
     * the registry polls it for parameters that have notification turned on.
     */
    String PUSHES_CHANGES = "homegw.dm.pushesChanges";

    /** Instance numbers present in a table, ascending; tablePath like "Device.WiFi.SSID." or "Device.X.1.Y.". */
    Outcome<List<Long>> instances(String tablePath);

    /**
     * Reads the named parameters of one object instance (objectPath like "Device.WiFi.SSID.1.").
     * Names the provider does not serve are left out of the map: they are not supported here.
     * Values may be given in any form the type allows; the registry canonicalises them.
     */
    Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames);

    /**
     * What {@link #read} answers for a provider that knows all values of the object at once: the asked
     * names that {@code all} has, in the asked order, the others left out.
     */
    static Outcome<Map<String, String>> readResult(Map<String, String> all, Collection<String> parameterNames) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : parameterNames) {
            if (all.containsKey(name)) {
                out.put(name, all.get(name));
            }
        }
        return Outcome.success(out);
    }

    /** Checks writes that need the device's knowledge, before any write of the request is applied. */
    default Outcome<Void> validate(List<ParameterWrite> writes) {
        return Outcome.success(null);
    }

    /** Applies writes already validated; answers Status 0 (applied) or 1 (applied after restart). */
    Outcome<Integer> write(List<ParameterWrite> writes);

    /** Creates instance number {@code instanceNumber} (allocated by the registry) in a table. */
    default Outcome<Integer> add(String tablePath, long instanceNumber) {
        return Outcome.failure(9001, "Objects cannot be added to " + tablePath);
    }

    /** Deletes an instance and its subtree; answers Status 0 or 1. */
    default Outcome<Integer> delete(String instancePath) {
        return Outcome.failure(9001, "Objects cannot be deleted from " + instancePath);
    }

    /** The registry hands over its sink when it starts using the provider, null when it stops. */
    void attach(ChangeSink sink);
}
