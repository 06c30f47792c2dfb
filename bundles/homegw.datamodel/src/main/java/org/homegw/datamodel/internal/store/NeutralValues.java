package org.homegw.datamodel.internal.store;

import org.homegw.datamodel.internal.schema.Range;
import org.homegw.datamodel.internal.schema.Syntax;

/** The value a new instance's writable parameter starts with when the definitions give no default. */
final class NeutralValues {

    /** TR-106 "Unknown Time". */
    static final String UNKNOWN_TIME = "0001-01-01T00:00:00Z";

    private NeutralValues() {
    }

    static String of(Syntax syntax) {
        if (syntax.isList()) {
            return "";
        }
        if (!syntax.enumerations().isEmpty()) {
            return syntax.enumerations().get(0);
        }
        switch (syntax.baseType()) {
            case "boolean":
                return "false";
            case "int", "unsignedInt", "long", "unsignedLong", "decimal":
                for (Range r : syntax.ranges()) {
                    if (r.min() != null) {
                        return r.min().toPlainString();
                    }
                }
                return "0";
            case "dateTime":
                return UNKNOWN_TIME;
            default:
                return "";
        }
    }
}
