package org.homegw.cwmp.codec.internal;

import org.homegw.cwmp.codec.DecodeException;

/** Lenient parsing of simple XML Schema values: blanks around them are ignored. */
final class Values {
    private static final long MAX_UNSIGNED_INT = 0xFFFF_FFFFL;

    private Values() {
    }

    static long unsignedInt(XmlCursor cursor, String name, String text) throws DecodeException {
        try {
            long v = Long.parseLong(text.trim());
            if (v >= 0 && v <= MAX_UNSIGNED_INT) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw cursor.invalid(name + " is not an unsignedInt: '" + clip(text) + "'");
    }

    static int integer(XmlCursor cursor, String name, String text) throws DecodeException {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw cursor.invalid(name + " is not an int: '" + clip(text) + "'");
        }
    }

    static boolean bool(XmlCursor cursor, String name, String text) throws DecodeException {
        String t = text.trim();
        if (t.equals("1") || t.equalsIgnoreCase("true")) {
            return true;
        }
        if (t.equals("0") || t.equalsIgnoreCase("false")) {
            return false;
        }
        throw cursor.invalid(name + " is not a boolean: '" + clip(text) + "'");
    }

    /**
     * The data-model type named by an {@code xsi:type} value: its local part ("xsd:unsignedInt"
     * gives "unsignedInt"; after the last colon, so a value that is no QName such as
     * "a::unsignedInt" reads as the encoder would write it again), with XML Schema's
     * {@code base64Binary} named {@code base64} as the data model does; "" when absent.
     */
    static String typeName(String xsiType) {
        if (xsiType == null) {
            return "";
        }
        String t = xsiType.trim();
        String local = t.substring(t.lastIndexOf(':') + 1);
        return local.equals("base64Binary") ? "base64" : local;
    }

    static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
