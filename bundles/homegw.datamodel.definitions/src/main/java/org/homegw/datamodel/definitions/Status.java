package org.homegw.datamodel.definitions;

/** Life-cycle status of a BBF definition ({@code status} attribute; missing means current). */
public enum Status {
    CURRENT("current"),
    DEPRECATED("deprecated"),
    OBSOLETED("obsoleted"),
    DELETED("deleted");

    private final String xmlName;

    Status(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The attribute value used in BBF XML. */
    public String xmlName() {
        return xmlName;
    }

    /**
     * Parses a BBF {@code status} attribute (trimmed).
     *
     * @throws IllegalArgumentException for an unknown value
     */
    public static Status fromXml(String value) {
        String v = value.trim();
        for (Status s : values()) {
            if (s.xmlName.equals(v)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status \"" + value + "\"");
    }
}
