package org.homegw.datamodel.api;

import java.util.Objects;

/**
 * A parameter's full path, its value in canonical form, and its CWMP base type
 * ({@code string}, {@code boolean}, {@code unsignedInt}, {@code int}, {@code unsignedLong},
 * {@code long}, {@code dateTime}, {@code base64}, {@code hexBinary}, {@code decimal}); the codec
 * writes the type as {@code xsi:type="xsd:<type>"}.
 */
public record ParameterValue(String path, String value, String type) {
    public ParameterValue {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
    }

    /** A value as the ACS sends it, before the registry knows its type. */
    public static ParameterValue untyped(String path, String value) {
        return new ParameterValue(path, value, "string");
    }
}
