package org.homegw.diagnostics.internal.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one test run: the DiagnosticsState to show ("Complete" or an "Error_..." value),
 * the result parameters of the object, and the rows of its result tables keyed by table name
 * relative to the object ("Result.", "PerConnectionResult."); row i is instance i + 1.
 */
public record TestResult(String state, Map<String, String> values, Map<String, List<Map<String, String>>> tables) {

    public static final String COMPLETE = "Complete";
    public static final String ERROR_INTERNAL = "Error_Internal";
    public static final String ERROR_OTHER = "Error_Other";
    public static final String ERROR_CANNOT_RESOLVE_HOST_NAME = "Error_CannotResolveHostName";

    public TestResult {
        values = Map.copyOf(values);
        Map<String, List<Map<String, String>>> copy = new LinkedHashMap<>();
        tables.forEach((name, rows) -> copy.put(name, rows.stream().map(Map::copyOf).toList()));
        tables = java.util.Collections.unmodifiableMap(copy);
    }

    /** The same result values under another state: error runs keep the neutral values. */
    public TestResult withState(String newState) {
        return new TestResult(newState, values, tables);
    }

    public boolean complete() {
        return COMPLETE.equals(state);
    }
}
