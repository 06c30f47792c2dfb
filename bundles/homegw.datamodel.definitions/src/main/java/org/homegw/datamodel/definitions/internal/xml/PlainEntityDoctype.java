package org.homegw.datamodel.definitions.internal.xml;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.homegw.datamodel.definitions.DefinitionsException;

/**
 * The one kind of DOCTYPE a data-model file may carry: an internal subset that only declares general
 * entities with plain-text values, as {@code tr-106-types.xml} does for its regex building blocks
 * ({@code <!ENTITY octet "(25[0-5]|...)">}). Such a document is rewritten without its DOCTYPE and with
 * those references replaced, so the XML parser itself never sees a DTD.
 *
 * <p>Everything else is refused: external identifiers (SYSTEM/PUBLIC), parameter entities, element or
 * attribute declarations, and entity values containing {@code &}, {@code %}, {@code <} or quotes —
 * which rules out nested expansion ("billion laughs"). The rewritten text is limited to {@code maxChars}.
 */
final class PlainEntityDoctype {

    private static final int MAX_ENTITIES = 256;
    private static final int MAX_VALUE_LENGTH = 1024;
    private static final int MAX_NAME_LENGTH = 64;

    private PlainEntityDoctype() {
    }

    /**
     * Returns the offset of {@code <!DOCTYPE} in the prolog of {@code doc} (skipping the XML declaration,
     * processing instructions, comments and whitespace), or -1 when the document has no DOCTYPE.
     */
    static int findDoctype(byte[] doc) {
        int i = 0;
        if (doc.length >= 3 && (doc[0] & 0xff) == 0xEF && (doc[1] & 0xff) == 0xBB && (doc[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < doc.length) {
            byte b = doc[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                i++;
            } else if (startsWith(doc, i, "<?")) {
                i = indexOf(doc, "?>", i + 2);
                if (i < 0) {
                    return -1;
                }
                i += 2;
            } else if (startsWith(doc, i, "<!--")) {
                i = indexOf(doc, "-->", i + 4);
                if (i < 0) {
                    return -1;
                }
                i += 3;
            } else {
                return startsWith(doc, i, "<!DOCTYPE") ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Rewrites a UTF-8 document whose DOCTYPE starts at {@code doctypeStart}: the DOCTYPE becomes blank
     * lines (so line numbers stay right) and references to its entities are replaced by their values.
     *
     * @throws DefinitionsException if the DOCTYPE is anything but plain-text entity declarations
     */
    static String expand(byte[] doc, int doctypeStart, long maxChars, String source) throws DefinitionsException {
        String text = new String(doc, StandardCharsets.UTF_8);
        int start = new String(doc, 0, doctypeStart, StandardCharsets.UTF_8).length();
        Map<String, String> entities = new HashMap<>();
        int end = parseDoctype(text, start + "<!DOCTYPE".length(), entities, source);
        if (anotherDoctype(text, end)) {
            // XML allows one DOCTYPE; the JDK parser fails on a second one with unchecked exceptions
            throw refuse(source, "more than one DOCTYPE");
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, start);
        for (int k = start; k < end; k++) {
            if (text.charAt(k) == '\n') {
                out.append('\n');
            }
        }
        int i = end;
        while (i < text.length()) {
            int amp = text.indexOf('&', i);
            if (amp < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, amp);
            int semi = text.indexOf(';', amp);
            String value = semi > amp && semi - amp <= MAX_NAME_LENGTH + 1 ? entities.get(text.substring(amp + 1, semi)) : null;
            if (value != null) {
                out.append(value);
                i = semi + 1;
            } else {
                out.append('&');
                i = amp + 1;
            }
            if (out.length() > maxChars) {
                throw refuse(source, "entity expansion exceeds the limit of " + maxChars + " characters");
            }
        }
        return out.toString();
    }

    /** Parses {@code name [ decls ]>} after {@code <!DOCTYPE}; returns the offset after the closing '>'. */
    private static int parseDoctype(String t, int i, Map<String, String> entities, String source)
            throws DefinitionsException {
        i = skipSpace(t, i);
        int nameEnd = i;
        while (nameEnd < t.length() && !Character.isWhitespace(t.charAt(nameEnd)) && t.charAt(nameEnd) != '['
                && t.charAt(nameEnd) != '>') {
            nameEnd++;
        }
        i = skipSpace(t, nameEnd);
        if (i >= t.length() || t.charAt(i) != '[') {
            throw refuse(source, "a DOCTYPE with an external DTD (SYSTEM/PUBLIC) or without an internal subset");
        }
        i++;
        while (true) {
            i = skipSpace(t, i);
            if (i >= t.length()) {
                throw refuse(source, "unterminated DOCTYPE");
            }
            if (t.startsWith("]", i)) {
                i = skipSpace(t, i + 1);
                if (i >= t.length() || t.charAt(i) != '>') {
                    throw refuse(source, "malformed DOCTYPE end");
                }
                return i + 1;
            }
            if (t.startsWith("<!--", i)) {
                int c = t.indexOf("-->", i + 4);
                if (c < 0) {
                    throw refuse(source, "unterminated comment in DOCTYPE");
                }
                i = c + 3;
            } else if (t.startsWith("<!ENTITY", i)) {
                i = parseEntity(t, i + "<!ENTITY".length(), entities, source);
            } else {
                throw refuse(source, "only plain-text <!ENTITY name \"value\"> declarations are allowed in a DOCTYPE");
            }
        }
    }

    private static int parseEntity(String t, int i, Map<String, String> entities, String source)
            throws DefinitionsException {
        i = skipSpace(t, i);
        if (i < t.length() && t.charAt(i) == '%') {
            throw refuse(source, "parameter entities are not allowed");
        }
        int nameStart = i;
        while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_' || t.charAt(i) == '-'
                || t.charAt(i) == '.')) {
            i++;
        }
        String name = t.substring(nameStart, i);
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw refuse(source, "bad entity name");
        }
        i = skipSpace(t, i);
        if (i >= t.length() || (t.charAt(i) != '"' && t.charAt(i) != '\'')) {
            throw refuse(source, "entity " + name + " is external (SYSTEM/PUBLIC); external entities are not allowed");
        }
        char quote = t.charAt(i);
        int close = t.indexOf(quote, i + 1);
        if (close < 0) {
            throw refuse(source, "unterminated value of entity " + name);
        }
        String value = t.substring(i + 1, close);
        if (value.length() > MAX_VALUE_LENGTH || value.chars().anyMatch(c -> c == '&' || c == '%' || c == '<'
                || c == '"' || c == '\'')) {
            throw refuse(source, "entity " + name + " must be plain text (no references, markup or quotes)");
        }
        i = skipSpace(t, close + 1);
        if (i >= t.length() || t.charAt(i) != '>') {
            throw refuse(source, "malformed declaration of entity " + name);
        }
        if (entities.size() >= MAX_ENTITIES) {
            throw refuse(source, "more than " + MAX_ENTITIES + " entities");
        }
        entities.putIfAbsent(name, value);
        return i + 1;
    }

    /** True if the rest of the prolog from {@code i} (blanks, PIs, comments) holds a {@code <!DOCTYPE}. */
    private static boolean anotherDoctype(String t, int i) {
        while (i < t.length()) {
            if (Character.isWhitespace(t.charAt(i))) {
                i++;
            } else if (t.startsWith("<?", i)) {
                int c = t.indexOf("?>", i + 2);
                if (c < 0) {
                    return false;
                }
                i = c + 2;
            } else if (t.startsWith("<!--", i)) {
                int c = t.indexOf("-->", i + 4);
                if (c < 0) {
                    return false;
                }
                i = c + 3;
            } else {
                return t.startsWith("<!DOCTYPE", i);
            }
        }
        return false;
    }

    private static DefinitionsException refuse(String source, String why) {
        return new DefinitionsException(source + ": unsafe or unsupported DOCTYPE: " + why);
    }

    private static int skipSpace(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] doc, int at, String s) {
        if (at + s.length() > doc.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (doc[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] doc, String s, int from) {
        for (int i = from; i + s.length() <= doc.length; i++) {
            if (startsWith(doc, i, s)) {
                return i;
            }
        }
        return -1;
    }
}
