package org.homegw.cwmp.codec.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes {@code ParameterValueStruct} elements as text straight to the character stream under the
 * StAX writer, byte for byte what {@link StructWriters#parameterValue} writes through StAX (the
 * same escaping: {@code & < >} as entities, CR as {@code &#13;}, characters XML 1.0 cannot carry as
 * U+FFFD). A streamed GetParameterValuesResponse spends most of its encoding time per value, and
 * StAX costs several writer calls and character checks per element; this copies each string once
 * into a buffer and only looks closer at the few values with special characters.
 */
final class ParameterValueText {

    private final Writer out;
    private char[] buffer = new char[8192];
    private int used;

    ParameterValueText(Writer out) {
        this.out = out;
    }

    void struct(String name, String value, String type) throws IOException {
        literal("<ParameterValueStruct><Name>");
        text(name);
        literal("</Name><Value xsi:type=\"");
        attribute(XmlOut.xsiType(type));
        literal("\">");
        text(value);
        literal("</Value></ParameterValueStruct>");
    }

    /** Writes what is buffered to the character stream (which is not flushed itself). */
    void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    private void literal(String s) throws IOException {
        int n = s.length();
        room(n);
        s.getChars(0, n, buffer, used);
        used += n;
    }

    /** Element content: copied as it is unless some character needs escaping or replacing. */
    private void text(String s) throws IOException {
        int n = s.length();
        room(n);
        int start = used;
        s.getChars(0, n, buffer, start);
        for (int i = start, end = start + n; i < end; i++) {
            char c = buffer[i];
            if (c < 0x20 || c >= 0xD800 || c == '&' || c == '<' || c == '>') {
                used = i;
                escapedText(s, i - start);
                return;
            }
        }
        used = start + n;
    }

    /** The rest of {@code s} from {@code from} on, as {@link XmlOut#text} and StAX together write it. */
    private void escapedText(String s, int from) throws IOException {
        int n = s.length();
        for (int k = from; k < n; k++) {
            char ch = s.charAt(k);
            if (ch == '&') {
                literal("&amp;");
            } else if (ch == '<') {
                literal("&lt;");
            } else if (ch == '>') {
                literal("&gt;");
            } else if (ch == '\r') {
                literal("&#13;");
            } else if (XmlOut.plain(ch)) {
                character(ch);
            } else if (Character.isHighSurrogate(ch) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) {
                character(ch);
                character(s.charAt(++k));
            } else {
                character('\uFFFD');
            }
        }
    }

    /** An attribute value as StAX escapes it (the type names written here never need it, but may). */
    private void attribute(String s) throws IOException {
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            switch (ch) {
                case '&' -> literal("&amp;");
                case '<' -> literal("&lt;");
                case '>' -> literal("&gt;");
                case '"' -> literal("&quot;");
                default -> character(ch);
            }
        }
    }

    private void character(char ch) throws IOException {
        room(1);
        buffer[used++] = ch;
    }

    private void room(int n) throws IOException {
        if (used + n > buffer.length) {
            flush();
            if (n > buffer.length) {
                buffer = new char[n];
            }
        }
    }
}
