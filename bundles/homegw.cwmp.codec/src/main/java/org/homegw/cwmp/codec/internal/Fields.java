package org.homegw.cwmp.codec.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.homegw.cwmp.codec.DecodeException;

/**
 * The children of one structure, read in any order: simple children as text, the named complex
 * ones through their readers. Unknown children are skipped (lenient in); a missing or malformed
 * required child is an invalid-arguments failure of the method being read.
 */
final class Fields {
    private final XmlCursor cursor;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, List<Object>> complex = new HashMap<>();

    private Fields(XmlCursor cursor) {
        this.cursor = cursor;
    }

    /** Reads every child of the current element as text. */
    static Fields read(XmlCursor cursor) throws XMLStreamException, DecodeException {
        return read(cursor, Map.of());
    }

    /** Reads the children of the current element; those named in {@code readers} through their reader. */
    static Fields read(XmlCursor cursor, Map<String, ElementReader<?>> readers)
            throws XMLStreamException, DecodeException {
        Fields fields = new Fields(cursor);
        int depth = cursor.depth();
        while (cursor.nextChild(depth)) {
            String name = cursor.name();
            ElementReader<?> reader = readers.get(name);
            if (reader != null) {
                fields.complex.computeIfAbsent(name, k -> new ArrayList<>(1)).add(reader.read(cursor));
            } else if (isNil(cursor)) {
                fields.texts.put(name, "");
                cursor.skipCurrent();
            } else {
                fields.texts.put(name, cursor.text());
            }
        }
        return fields;
    }

    private static boolean isNil(XmlCursor cursor) {
        String nil = cursor.attribute("nil");
        return nil != null && (nil.trim().equals("true") || nil.trim().equals("1"));
    }

    /** A required text child, as sent. */
    String string(String name) throws DecodeException {
        String v = texts.get(name);
        if (v == null) {
            throw cursor.invalid("missing " + name);
        }
        return v;
    }

    /** An optional text child, as sent. */
    String string(String name, String absent) {
        return texts.getOrDefault(name, absent);
    }

    /** An optional text child trimmed, null when absent. */
    String optional(String name) {
        String v = texts.get(name);
        return v == null ? null : v.trim();
    }

    /** A required text child with surrounding blanks removed (names, codes, times). */
    String trimmed(String name) throws DecodeException {
        return string(name).trim();
    }

    String trimmed(String name, String absent) {
        String v = texts.get(name);
        return v == null ? absent : v.trim();
    }

    long unsignedInt(String name) throws DecodeException {
        return Values.unsignedInt(cursor, name, string(name));
    }

    long unsignedInt(String name, long absent) throws DecodeException {
        String v = texts.get(name);
        return v == null || v.isBlank() ? absent : Values.unsignedInt(cursor, name, v);
    }

    int integer(String name) throws DecodeException {
        return Values.integer(cursor, name, string(name));
    }

    int integer(String name, int absent) throws DecodeException {
        String v = texts.get(name);
        return v == null || v.isBlank() ? absent : Values.integer(cursor, name, v);
    }

    boolean bool(String name) throws DecodeException {
        return Values.bool(cursor, name, string(name));
    }

    boolean bool(String name, boolean absent) throws DecodeException {
        String v = texts.get(name);
        return v == null || v.isBlank() ? absent : Values.bool(cursor, name, v);
    }

    /** A required complex child. */
    @SuppressWarnings("unchecked")
    <T> T get(String name) throws DecodeException {
        List<Object> v = complex.get(name);
        if (v == null) {
            throw cursor.invalid("missing " + name);
        }
        return (T) v.get(0);
    }

    /** An optional complex child. */
    @SuppressWarnings("unchecked")
    <T> T get(String name, T absent) {
        List<Object> v = complex.get(name);
        return v == null ? absent : (T) v.get(0);
    }

    /** Every occurrence of a repeated complex child, in document order. */
    @SuppressWarnings("unchecked")
    <T> List<T> all(String name) {
        return (List<T>) complex.getOrDefault(name, List.of());
    }
}
