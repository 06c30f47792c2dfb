package org.homegw.datamodel.definitions.internal.compact;

import java.util.ArrayList;
import java.util.List;

/**
 * Field encoding of the compact definitions format: one record per line, fields separated by TAB.
 * Backslash, TAB, CR and LF inside a field are escaped ({@code \\ \t \r \n}); a field that is exactly
 * {@code \-} stands for "absent" (null), so that an empty string stays distinct from no value.
 */
public final class CompactText {

    /** First line of every compact file; the number is the format version. */
    public static final String MAGIC = "homegw-definitions";
    /** Current format version. */
    public static final int VERSION = 1;
    /** Encoded form of null. */
    public static final String NULL = "\\-";

    private CompactText() {
    }

    /** Appends {@code value} escaped (or {@link #NULL} for null). */
    public static void append(StringBuilder out, String value) {
        if (value == null) {
            out.append(NULL);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\':
                    out.append("\\\\");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                default:
                    out.append(c);
            }
        }
    }

    /**
     * Splits one line into decoded fields.
     *
     * @throws IllegalArgumentException on a bad escape
     */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>(12);
        int start = 0;
        while (true) {
            int tab = line.indexOf('\t', start);
            int end = tab < 0 ? line.length() : tab;
            fields.add(decode(line, start, end));
            if (tab < 0) {
                return fields;
            }
            start = tab + 1;
        }
    }

    private static String decode(String line, int start, int end) {
        int bs = line.indexOf('\\', start);
        if (bs < 0 || bs >= end) {
            return line.substring(start, end);
        }
        if (end - start == 2 && line.charAt(start) == '\\' && line.charAt(start + 1) == '-') {
            return null;
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= end) {
                throw new IllegalArgumentException("dangling backslash");
            }
            switch (line.charAt(i)) {
                case '\\':
                    sb.append('\\');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case 'n':
                    sb.append('\n');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                default:
                    throw new IllegalArgumentException("bad escape \\" + line.charAt(i));
            }
        }
        return sb.toString();
    }
}
