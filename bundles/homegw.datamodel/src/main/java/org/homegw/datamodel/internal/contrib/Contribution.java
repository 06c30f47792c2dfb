package org.homegw.datamodel.internal.contrib;

import java.util.Objects;

import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.SchemaTree;

/**
 * Definitions one contributor (a bundle) adds to the device's model while it runs.
 *
 * @param key         identifies the contributor (e.g. the bundle id); a second contribution with the
 *                    same key replaces the first
 * @param name        how log lines name the contributor, e.g. "homegw.example.smartplug 1.0.0 (bundle 42)"
 * @param definitions the contributed objects and parameters; objects the device already defines only
 *                    anchor the contributor's parameters (their own facts are not used)
 */
public record Contribution(Object key, String name, SchemaTree definitions) {

    public Contribution {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definitions, "definitions");
    }

    /** A contribution from definitions as read from a compact file (see VendorAdditions). */
    public static Contribution of(Object key, String name, DataModelDefinitions definitions) {
        return new Contribution(key, name, DefinitionsAdapter.toTree(definitions));
    }
}
