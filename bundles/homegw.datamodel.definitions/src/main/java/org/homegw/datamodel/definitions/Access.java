package org.homegw.datamodel.definitions;

/**
 * Who may change a parameter, or whether the ACS may add and delete instances of a table.
 *
 * <p>The BBF value {@code writeOnceReadOnly} is read as {@link #READ_WRITE}: the registry treats it
 * as writable and enforcing "once" is left to the owning provider.
 */
public enum Access {
    /** Only the CPE changes it (for objects: the ACS cannot AddObject/DeleteObject). */
    READ_ONLY("readOnly"),
    /** The ACS may change it (for tables: the ACS may AddObject/DeleteObject). */
    READ_WRITE("readWrite");

    private final String xmlName;

    Access(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The attribute value used in BBF XML. */
    public String xmlName() {
        return xmlName;
    }

    /**
     * Parses a BBF {@code access} attribute (trimmed; {@code writeOnceReadOnly} counts as read-write).
     *
     * @throws IllegalArgumentException for any other value
     */
    public static Access fromXml(String value) {
        switch (value.trim()) {
            case "readOnly":
                return READ_ONLY;
            case "readWrite":
            case "writeOnceReadOnly":
                return READ_WRITE;
            default:
                throw new IllegalArgumentException("unknown access \"" + value + "\"");
        }
    }
}
