package org.homegw.diagnostics.internal.core;

import java.util.Map;

import org.homegw.datamodel.api.Outcome;

/**
 * One kind of diagnostic (IPPing, NSLookup, ...): the writable test parameters of its object, the
 * result parameters it fills, and the test itself. {@link DiagnosticsObject} runs the TR-106
 * DiagnosticsState contract around it.
 */
public interface DiagnosticTest {

    /** The object path, e.g. "Device.IP.Diagnostics.IPPing.". */
    String objectPath();

    /** Writable test parameters (all but DiagnosticsState) with their values after boot, in model order. */
    Map<String, String> inputDefaults();

    /** Read-only parameters that describe the device, not a test run (e.g. DownloadTransports). */
    default Map<String, String> capabilities() {
        return Map.of();
    }

    /** The results before any test ran: every result parameter with its neutral value, tables empty. */
    TestResult initialResult();

    /**
     * Inconsistent test parameters must be refused in the SetParameterValues that sets Requested
     * (TR-106); answers the fault to return, or success.
     */
    default Outcome<Void> checkRequest(Map<String, String> inputs) {
        return Outcome.success(null);
    }

    /**
     * Runs the test on a diagnostics thread. Blocking I/O must be registered with {@code cancel}
     * so that a cancellation ends it; an interrupted or cancelled run may return anything.
     */
    TestResult run(Map<String, String> inputs, Cancellation cancel) throws InterruptedException;
}
