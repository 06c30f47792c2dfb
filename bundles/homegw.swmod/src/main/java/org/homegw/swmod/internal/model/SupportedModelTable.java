package org.homegw.swmod.internal.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;

/** The registry's {@code Device.DeviceInfo.SupportedDataModel.} table as it is now: URN by instance path. */
@FunctionalInterface
public interface SupportedModelTable {

    String TABLE = "Device.DeviceInfo.SupportedDataModel.";

    /** URN by instance path without the trailing dot, e.g. {@code Device.DeviceInfo.SupportedDataModel.3}. */
    Map<String, String> urnByInstance();

    /** No table (no registry): units list no models. */
    SupportedModelTable NONE = Map::of;

    /**
     * Read through the registry. Safe from inside a provider read: the registry's reads work on an
     * immutable view and take no lock.
     */
    static SupportedModelTable of(DataModel dataModel) {
        return () -> {
            Map<String, String> out = new LinkedHashMap<>();
            Outcome<Integer> read = dataModel.getValues(List.of(TABLE), v -> {
                if (v.path().endsWith(".URN")) {
                    out.put(v.path().substring(0, v.path().length() - ".URN".length()), v.value());
                }
            });
            return read.isSuccess() ? out : Map.of();
        };
    }
}
