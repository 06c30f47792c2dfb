package org.homegw.datamodel.definitions;

/**
 * A {@code <default>}: the value a parameter takes after factory reset ({@link Kind#FACTORY}) or when
 * an object instance is created ({@link Kind#OBJECT}).
 *
 * @param kind  which kind of default
 * @param value the default as a CWMP value (may be empty); for a list-valued parameter BBF's bracket
 *              notation ({@code []}, {@code [0,1]}) is already turned into the comma-separated list
 */
public record DefaultValue(Kind kind, String value) {

    /** The BBF {@code type} attribute of {@code <default>}. */
    public enum Kind {
        FACTORY("factory"),
        OBJECT("object"),
        IMPLEMENTATION("implementation"),
        PARAMETER("parameter");

        private final String xmlName;

        Kind(String xmlName) {
            this.xmlName = xmlName;
        }

        /** The attribute value used in BBF XML. */
        public String xmlName() {
            return xmlName;
        }

        /**
         * Parses the {@code type} attribute (trimmed).
         *
         * @throws IllegalArgumentException for an unknown value
         */
        public static Kind fromXml(String value) {
            String v = value.trim();
            for (Kind k : values()) {
                if (k.xmlName.equals(v)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown default type \"" + value + "\"");
        }
    }
}
