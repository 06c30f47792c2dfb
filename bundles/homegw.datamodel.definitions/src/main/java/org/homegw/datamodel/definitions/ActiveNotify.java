package org.homegw.datamodel.definitions;

/** What the definition says about active notification of a parameter ({@code activeNotify} attribute). */
public enum ActiveNotify {
    /** No restriction (the BBF value {@code normal}, also when the attribute is absent). */
    NORMAL("normal"),
    /** The CPE may refuse a request for active notification (fault 9009). */
    CAN_DENY("canDeny"),
    /** Active notification is always on and cannot be turned off. */
    FORCE_ENABLED("forceEnabled"),
    /** Active notification is on by default (after factory reset); the ACS may change it. */
    FORCE_DEFAULT_ENABLED("forceDefaultEnabled");

    private final String xmlName;

    ActiveNotify(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The attribute value used in BBF XML. */
    public String xmlName() {
        return xmlName;
    }

    /**
     * Parses a BBF {@code activeNotify} attribute (trimmed).
     *
     * @throws IllegalArgumentException for an unknown value
     */
    public static ActiveNotify fromXml(String value) {
        String v = value.trim();
        for (ActiveNotify a : values()) {
            if (a.xmlName.equals(v)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activeNotify \"" + value + "\"");
    }
}
