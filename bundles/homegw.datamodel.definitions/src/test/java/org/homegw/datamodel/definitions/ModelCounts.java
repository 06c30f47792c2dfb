package org.homegw.datamodel.definitions;

import java.util.Map;
import java.util.TreeMap;

/** The figures of the kit's {@code counts.json} (tools/dmstats.py), computed from loaded definitions. */
record ModelCounts(int objects, int objectsCurrent, int tables, int tablesCurrent, int tablesReadWrite,
        int params, int paramsCurrent, int paramsWritable, int paramsInTables, int paramsListValued,
        int maxDepth, int maxTableNesting, Map<String, Integer> paramStatus, Map<String, Integer> baseTypes,
        Map<String, Integer> namedTypes) {

    static ModelCounts of(DataModelDefinitions m) {
        int objects = 0, objectsCurrent = 0, tables = 0, tablesCurrent = 0, tablesRw = 0;
        int maxDepth = 0, maxNesting = 0;
        for (ObjectDefinition o : m.objects()) {
            boolean cur = o.status() == Status.CURRENT;
            objects++;
            objectsCurrent += cur ? 1 : 0;
            if (o.isTable()) {
                tables++;
                tablesCurrent += cur ? 1 : 0;
                tablesRw += o.access() == Access.READ_WRITE ? 1 : 0;
            }
            maxDepth = Math.max(maxDepth, count(o.path(), "."));
            maxNesting = Math.max(maxNesting, count(o.path(), "{i}"));
        }
        int params = 0, paramsCurrent = 0, writable = 0, inTables = 0, lists = 0;
        Map<String, Integer> status = new TreeMap<>();
        Map<String, Integer> base = new TreeMap<>();
        Map<String, Integer> named = new TreeMap<>();
        for (ParameterDefinition p : m.parameters()) {
            ObjectDefinition o = m.object(p.objectPath()).orElseThrow();
            params++;
            paramsCurrent += p.status() == Status.CURRENT && o.status() == Status.CURRENT ? 1 : 0;
            writable += p.isWritable() ? 1 : 0;
            inTables += p.path().contains("{i}") ? 1 : 0;
            lists += p.syntax().isList() ? 1 : 0;
            status.merge(p.status().xmlName(), 1, Integer::sum);
            base.merge(p.syntax().baseType().xmlName(), 1, Integer::sum);
            if (p.syntax().dataType() != null) {
                named.merge(p.syntax().dataType(), 1, Integer::sum);
            }
        }
        return new ModelCounts(objects, objectsCurrent, tables, tablesCurrent, tablesRw, params, paramsCurrent,
                writable, inTables, lists, maxDepth, maxNesting, status, base, named);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
