package org.homegw.diagnostics.internal.core;

import java.util.Optional;

/**
 * Where a diagnostics object keeps its last state, test parameters and results, so that TR-106's
 * "results retained until the test runs again or the CPE reboots" holds across a gateway restart too.
 */
public interface ResultStore {

    /** Keeps nothing (tests, or no state directory). */
    ResultStore NONE = new ResultStore() {
        @Override
        public Optional<SavedDiagnostic> load(TestResult template) {
            return Optional.empty();
        }

        @Override
        public void save(SavedDiagnostic saved) {
        }
    };

    /** The saved object, read against {@code template} (the test's neutral result: its tables and values). */
    Optional<SavedDiagnostic> load(TestResult template);

    /** Replaces what is saved; failures are logged, never thrown (a test must not fail on a full disk). */
    void save(SavedDiagnostic saved);
}
