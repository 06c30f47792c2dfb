package org.homegw.datamodel.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The state file's text form: a header line, one tab-separated record per line (V value, I instance
 * numbers of a table, N next instance number, A attributes, K ParameterKey) and an "end" line with
 * the record count, so a file that is not whole is recognised as such.
 */
final class StateCodec {

    static final String HEADER = "homegw-datamodel-state\t1";

    private StateCodec() {
    }

    static byte[] encode(StateSnapshot s) {
        StringBuilder b = new StringBuilder(256 + s.values().size() * 64);
        b.append(HEADER).append('\n');
        int records = 0;
        if (s.parameterKey() != null) {
            line(b, "K", s.parameterKey());
            records++;
        }
        for (Map.Entry<String, SortedSet<Long>> e : s.instances().entrySet()) {
            StringBuilder numbers = new StringBuilder();
            for (Long n : e.getValue()) {
                numbers.append(numbers.length() == 0 ? "" : ",").append(n);
            }
            line(b, "I", e.getKey(), numbers.toString());
            records++;
        }
        for (Map.Entry<String, Long> e : s.nextInstance().entrySet()) {
            line(b, "N", e.getKey(), Long.toString(e.getValue()));
            records++;
        }
        for (Map.Entry<String, String> e : s.values().entrySet()) {
            line(b, "V", e.getKey(), e.getValue());
            records++;
        }
        for (Map.Entry<String, PersistedAttributes> e : s.attributes().entrySet()) {
            line(b, "A", e.getKey(), Integer.toString(e.getValue().notification()),
                    String.join(",", e.getValue().accessList()));
            records++;
        }
        b.append("end\t").append(records).append('\n');
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static StateSnapshot decode(byte[] data) throws IOException {
        String text = new String(data, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        if (lines.length < 3 || !HEADER.equals(lines[0]) || !lines[lines.length - 1].isEmpty()) {
            throw new IOException("not a complete state file");
        }
        StateSnapshot s = new StateSnapshot();
        int records = 0;
        for (int i = 1; i < lines.length - 1; i++) {
            List<String> f = fields(lines[i]);
            switch (f.get(0)) {
                case "K" -> s.setParameterKey(need(f, 2, i).get(1));
                case "I" -> s.instances().put(need(f, 3, i).get(1), numbers(f.get(2)));
                case "N" -> s.nextInstance().put(need(f, 3, i).get(1), Long.parseLong(f.get(2)));
                case "V" -> s.values().put(need(f, 3, i).get(1), f.get(2));
                case "A" -> s.attributes().put(need(f, 4, i).get(1), new PersistedAttributes(
                        Integer.parseInt(f.get(2)), f.get(3).isEmpty() ? List.of() : List.of(f.get(3).split(","))));
                case "end" -> {
                    if (i != lines.length - 2 || Integer.parseInt(need(f, 2, i).get(1)) != records) {
                        throw new IOException("state file record count does not match");
                    }
                    return s;
                }
                default -> throw new IOException("unknown state record on line " + (i + 1));
            }
            records++;
        }
        throw new IOException("state file has no end line");
    }

    private static List<String> need(List<String> fields, int count, int line) throws IOException {
        if (fields.size() != count) {
            throw new IOException("state record on line " + (line + 1) + " has " + fields.size() + " fields");
        }
        return fields;
    }

    private static SortedSet<Long> numbers(String text) {
        SortedSet<Long> set = new TreeSet<>();
        if (!text.isEmpty()) {
            for (String n : text.split(",")) {
                set.add(Long.parseLong(n));
            }
        }
        return set;
    }

    private static void line(StringBuilder b, String kind, String... fields) {
        b.append(kind);
        for (String f : fields) {
            b.append('\t');
            escape(b, f);
        }
        b.append('\n');
    }

    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
    }

    private static List<String> fields(String line) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.add(cur.toString());
                cur.setLength(0);
            } else if (c == '\\') {
                if (++i >= line.length()) {
                    throw new IOException("dangling escape in state file");
                }
                char e = line.charAt(i);
                cur.append(switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> e;
                });
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
