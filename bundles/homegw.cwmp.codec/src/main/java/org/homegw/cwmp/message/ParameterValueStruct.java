package org.homegw.cwmp.message;

import java.util.Objects;

/**
 * A parameter name with its value and value type.
 *
 * <p>{@code type} is the XML Schema type name without prefix, as the data model names it:
 * {@code string}, {@code int}, {@code unsignedInt}, {@code long}, {@code unsignedLong},
 * {@code boolean}, {@code dateTime}, {@code base64}, {@code hexBinary}, {@code decimal}.
 * The encoder writes it as {@code xsi:type="xsd:<type>"} ({@code base64} becomes
 * {@code xsd:base64Binary}). A decoded value whose {@code xsi:type} was missing has type
 * {@link #UNTYPED}; an odd one keeps the local part the sender wrote.
 */
public record ParameterValueStruct(String name, String value, String type) {

    /** The type of a decoded value that carried no {@code xsi:type}. */
    public static final String UNTYPED = "";

    public ParameterValueStruct {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
    }

    /** A value of type {@code string}. */
    public static ParameterValueStruct ofString(String name, String value) {
        return new ParameterValueStruct(name, value, "string");
    }

    /** Whether the sender gave no type for this value. */
    public boolean isUntyped() {
        return type.isEmpty();
    }
}
