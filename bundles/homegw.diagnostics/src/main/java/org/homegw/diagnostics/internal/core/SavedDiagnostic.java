package org.homegw.diagnostics.internal.core;

import java.util.Map;

/** What a diagnostics object keeps across a restart: its DiagnosticsState, test parameters and results. */
public record SavedDiagnostic(String state, Map<String, String> inputs, TestResult results) {

    public SavedDiagnostic {
        inputs = Map.copyOf(inputs);
    }
}
