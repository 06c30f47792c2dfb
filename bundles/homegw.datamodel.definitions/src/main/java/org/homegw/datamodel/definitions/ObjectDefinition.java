package org.homegw.datamodel.definitions;

import java.util.List;
import java.util.Objects;

/**
 * An object of the data model: a single object ({@code Device.DeviceInfo.}) or a multi-instance
 * table whose path ends in {@code {i}.} ({@code Device.WiFi.SSID.{i}.}).
 *
 * @param path                schema path with {@code {i}} placeholders, ending in "."
 * @param access              for tables: {@link Access#READ_WRITE} when the ACS may add and delete instances
 * @param minEntries          minimum number of instances (1 when the XML gives none)
 * @param maxEntries          maximum number of instances, or {@link #UNBOUNDED}
 * @param numEntriesParameter name of the {@code ...NumberOfEntries} parameter in the parent object, or null
 * @param enableParameter     name of the parameter that enables an instance, or null
 * @param uniqueKeys          unique keys of a table (empty for single objects)
 * @param status              life-cycle status
 */
public record ObjectDefinition(
        String path,
        Access access,
        long minEntries,
        long maxEntries,
        String numEntriesParameter,
        String enableParameter,
        List<UniqueKey> uniqueKeys,
        Status status) {

    /** {@link #maxEntries()} value meaning "unbounded". */
    public static final long UNBOUNDED = -1;

    public ObjectDefinition {
        Objects.requireNonNull(path, "path");
        if (!path.endsWith(".")) {
            throw new IllegalArgumentException("object path must end in '.': " + path);
        }
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(status, "status");
        uniqueKeys = List.copyOf(uniqueKeys);
    }

    /** True for a multi-instance object (path ends in {@code {i}.}). */
    public boolean isTable() {
        return path.endsWith(".{i}.");
    }

    /** True if the number of instances is not limited. */
    public boolean isUnbounded() {
        return maxEntries == UNBOUNDED;
    }

    /** True if the ACS may add and delete instances: a read-write table. */
    public boolean isCreatable() {
        return isTable() && access == Access.READ_WRITE;
    }

    /**
     * The path of the table itself without the instance placeholder, e.g. {@code Device.WiFi.SSID.}
     * for {@code Device.WiFi.SSID.{i}.}; for a single object its own path.
     */
    public String tablePath() {
        return isTable() ? path.substring(0, path.length() - "{i}.".length()) : path;
    }

    /** The defining object, e.g. {@code Device.WiFi.} for {@code Device.WiFi.SSID.{i}.}; empty for a root. */
    public String parentPath() {
        return SchemaPath.parentObject(path);
    }
}
