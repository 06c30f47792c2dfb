package org.homegw.datamodel.internal.core;

import java.util.ArrayList;
import java.util.List;

/** Expands a schema object path with "{i}." placeholders into the instance paths that exist now. */
final class ConcretePaths {

    private ConcretePaths() {
    }

    static List<String> expand(String schemaPath, TreeAccess access) {
        List<String> prefixes = List.of("");
        int from = 0;
        while (true) {
            int mark = schemaPath.indexOf("{i}.", from);
            if (mark < 0) {
                List<String> out = new ArrayList<>();
                String rest = schemaPath.substring(from);
                for (String prefix : prefixes) {
                    String path = prefix + rest;
                    if (access.reaches(path)) {
                        out.add(path);
                    }
                }
                return out;
            }
            String part = schemaPath.substring(from, mark);
            List<String> next = new ArrayList<>();
            for (String prefix : prefixes) {
                String table = prefix + part;
                if (access.reaches(table)) {
                    next.addAll(access.instancePaths(table));
                }
            }
            prefixes = next;
            from = mark + 4;
        }
    }
}
