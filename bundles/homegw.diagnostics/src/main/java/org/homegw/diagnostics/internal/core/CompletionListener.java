package org.homegw.diagnostics.internal.core;

/** Told when an ACS-requested test finished (not when cancelled): the CWMP side sends "8 DIAGNOSTICS COMPLETE". */
@FunctionalInterface
public interface CompletionListener {
    void diagnosticCompleted(String objectPath, String state);
}
