package org.homegw.datamodel.definitions;

import java.util.Objects;

/**
 * A parameter of the data model.
 *
 * @param path         schema path with {@code {i}} placeholders, e.g. {@code Device.WiFi.SSID.{i}.SSID}
 * @param access       whether the ACS may write it
 * @param syntax       type and constraints
 * @param defaultValue the factory or object default, or null
 * @param forcedInform true if every Inform carries it
 * @param activeNotify restriction on active notification
 * @param status       life-cycle status
 * @param hidden       {@code <syntax hidden="true">}: the value is never revealed (reads back empty)
 * @param secured      {@code <syntax secured="true">}: a secret such as a password (reads back empty)
 * @param command      {@code <syntax command="true">}: writing triggers an action; the value read is not meaningful
 */
public record ParameterDefinition(
        String path,
        Access access,
        Syntax syntax,
        DefaultValue defaultValue,
        boolean forcedInform,
        ActiveNotify activeNotify,
        Status status,
        boolean hidden,
        boolean secured,
        boolean command) {

    public ParameterDefinition {
        Objects.requireNonNull(path, "path");
        if (path.endsWith(".")) {
            throw new IllegalArgumentException("parameter path must not end in '.': " + path);
        }
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(activeNotify, "activeNotify");
        Objects.requireNonNull(status, "status");
    }

    /** The last path segment, e.g. {@code SSID}. */
    public String name() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The path of the object holding the parameter, ending in ".". */
    public String objectPath() {
        return path.substring(0, path.lastIndexOf('.') + 1);
    }

    /** True if the ACS may write the parameter. */
    public boolean isWritable() {
        return access == Access.READ_WRITE;
    }

    /** True if reads must return an empty string whatever the stored value (hidden or secured). */
    public boolean readsBackEmpty() {
        return hidden || secured;
    }
}
