package org.homegw.datamodel.internal.schema;

import java.util.List;

/**
 * What values a parameter takes: CWMP base type (string, int, unsignedInt, long, unsignedLong, boolean,
 * dateTime, base64, hexBinary, decimal), the TR-106 named type it came from (null if none) and the
 * facets. For list-valued parameters ranges, enumerations and patterns apply to each item and
 * {@code sizes} to the whole string. {@code cpeOnlyValues} are enumeration values only the device
 * may set (e.g. DiagnosticsState "Complete"): the ACS writing one is 9007.
 */
public record Syntax(String baseType, String namedType, List<Range> ranges, List<Size> sizes,
                     List<String> enumerations, List<String> patterns, ListFacet list, List<String> cpeOnlyValues) {

    public Syntax {
        ranges = List.copyOf(ranges);
        sizes = List.copyOf(sizes);
        enumerations = List.copyOf(enumerations);
        patterns = List.copyOf(patterns);
        cpeOnlyValues = List.copyOf(cpeOnlyValues);
    }

    public Syntax(String baseType, String namedType, List<Range> ranges, List<Size> sizes,
                  List<String> enumerations, List<String> patterns, ListFacet list) {
        this(baseType, namedType, ranges, sizes, enumerations, patterns, list, List.of());
    }

    public static Syntax of(String baseType) {
        return new Syntax(baseType, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Syntax withCpeOnlyValues(String... values) {
        return new Syntax(baseType, namedType, ranges, sizes, enumerations, patterns, list, List.of(values));
    }

    public boolean isList() {
        return list != null;
    }

    public Syntax withRanges(Range... r) {
        return new Syntax(baseType, namedType, List.of(r), sizes, enumerations, patterns, list, cpeOnlyValues);
    }

    public Syntax withSizes(Size... s) {
        return new Syntax(baseType, namedType, ranges, List.of(s), enumerations, patterns, list, cpeOnlyValues);
    }

    public Syntax withEnumerations(String... e) {
        return new Syntax(baseType, namedType, ranges, sizes, List.of(e), patterns, list, cpeOnlyValues);
    }

    public Syntax withPatterns(String... p) {
        return new Syntax(baseType, namedType, ranges, sizes, enumerations, List.of(p), list, cpeOnlyValues);
    }

    public Syntax withList(ListFacet l) {
        return new Syntax(baseType, namedType, ranges, sizes, enumerations, patterns, l, cpeOnlyValues);
    }

    public Syntax withNamedType(String n) {
        return new Syntax(baseType, n, ranges, sizes, enumerations, patterns, list, cpeOnlyValues);
    }
}
