package org.homegw.datamodel.internal.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.homegw.datamodel.api.DataModel.Caller;

/**
 * The journal's text form: a header line, an optional "key" line (the ParameterKey still to be
 * stored), one "set" line per entry, and an "end" line with the entry count so that a file cut short
 * is told from a whole one. Fields are tab-separated; tab, newline, carriage return and backslash
 * inside a field are escaped.
 */
final class JournalCodec {

    static final String HEADER = "homegw-datamodel-set-journal\t1";

    /** What a journal holds: entries still to be applied, and the ParameterKey to store (or null). */
    record Contents(List<JournalEntry> entries, String parameterKey) {
        Contents {
            entries = List.copyOf(entries);
        }

        boolean isEmpty() {
            return entries.isEmpty() && parameterKey == null;
        }
    }

    private JournalCodec() {
    }

    static byte[] encode(Contents contents) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        if (contents.parameterKey() != null) {
            line(b, "key", contents.parameterKey());
        }
        for (JournalEntry e : contents.entries()) {
            line(b, "set", e.caller().name(), e.owner(), e.path(), e.value());
        }
        line(b, "end", Integer.toString(contents.entries().size()));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Contents decode(byte[] data) throws IOException {
        String text = new String(data, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        if (lines.length < 3 || !HEADER.equals(lines[0]) || !lines[lines.length - 1].isEmpty()) {
            throw new IOException("not a whole set journal (header or final newline missing)");
        }
        List<JournalEntry> entries = new ArrayList<>();
        String key = null;
        for (int i = 1; i < lines.length - 1; i++) {
            List<String> f = fields(lines[i], i + 1);
            switch (f.get(0)) {
                case "key" -> key = need(f, 2, i + 1).get(1);
                case "set" -> {
                    need(f, 5, i + 1);
                    entries.add(new JournalEntry(f.get(3), f.get(4), f.get(2), caller(f.get(1), i + 1)));
                }
                case "end" -> {
                    if (i != lines.length - 2 || !Integer.toString(entries.size()).equals(need(f, 2, i + 1).get(1))) {
                        throw new IOException("set journal end line " + (i + 1) + " does not match its "
                                + entries.size() + " entries");
                    }
                    return new Contents(entries, key);
                }
                default -> throw new IOException("unknown line kind '" + f.get(0) + "' at line " + (i + 1));
            }
        }
        throw new IOException("set journal has no end line (cut short)");
    }

    private static Caller caller(String name, int line) throws IOException {
        try {
            return Caller.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown caller '" + name + "' at line " + line);
        }
    }

    private static List<String> need(List<String> fields, int count, int line) throws IOException {
        if (fields.size() != count) {
            throw new IOException("line " + line + " has " + fields.size() + " fields, expected " + count);
        }
        return fields;
    }

    private static void line(StringBuilder b, String kind, String... fields) {
        b.append(kind);
        for (String f : fields) {
            b.append('\t');
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                switch (c) {
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\\' -> b.append("\\\\");
                    default -> b.append(c);
                }
            }
        }
        b.append('\n');
    }

    private static List<String> fields(String line, int number) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.add(cur.toString());
                cur.setLength(0);
            } else if (c == '\\') {
                if (++i >= line.length()) {
                    throw new IOException("dangling escape at line " + number);
                }
                switch (line.charAt(i)) {
                    case 't' -> cur.append('\t');
                    case 'n' -> cur.append('\n');
                    case 'r' -> cur.append('\r');
                    case '\\' -> cur.append('\\');
                    default -> throw new IOException("bad escape at line " + number);
                }
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
