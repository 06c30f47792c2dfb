package org.homegw.datamodel.definitions;

import java.math.BigInteger;

/**
 * The primitive CWMP data types of TR-106 / the DM schema. Every parameter, including those declared
 * with a named data type, resolves to exactly one of these.
 */
public enum BaseType {
    STRING("string", null, null),
    BOOLEAN("boolean", null, null),
    UNSIGNED_INT("unsignedInt", BigInteger.ZERO, BigInteger.valueOf(4294967295L)),
    INT("int", BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)),
    UNSIGNED_LONG("unsignedLong", BigInteger.ZERO, new BigInteger("18446744073709551615")),
    LONG("long", BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)),
    DATE_TIME("dateTime", null, null),
    BASE64("base64", null, null),
    HEX_BINARY("hexBinary", null, null),
    DECIMAL("decimal", null, null);

    private final String xmlName;
    private final BigInteger minValue;
    private final BigInteger maxValue;

    BaseType(String xmlName, BigInteger minValue, BigInteger maxValue) {
        this.xmlName = xmlName;
        this.minValue = minValue;
        this.maxValue = maxValue;
    }

    /** The element name in BBF XML, which is also the {@code xsd:} type name used on the wire. */
    public String xmlName() {
        return xmlName;
    }

    /** True for the four integer types (which have a {@link #minValue()} and {@link #maxValue()}). */
    public boolean isInteger() {
        return minValue != null;
    }

    /** Smallest value the type can hold, or null if the type is not an integer type. */
    public BigInteger minValue() {
        return minValue;
    }

    /** Largest value the type can hold, or null if the type is not an integer type. */
    public BigInteger maxValue() {
        return maxValue;
    }

    /** The type for a BBF element name, or null if {@code name} is not a base type. */
    public static BaseType fromXml(String name) {
        for (BaseType t : values()) {
            if (t.xmlName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
