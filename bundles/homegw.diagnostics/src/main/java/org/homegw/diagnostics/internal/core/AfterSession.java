package org.homegw.diagnostics.internal.core;

/**
 * Where a requested test waits before it starts: TR-106 says the CPE SHOULD wait until the CWMP
 * session that set DiagnosticsState=Requested has ended. Implemented with the CWMP client's
 * SessionLifecycle; {@link #NOW} when there is no client (no session can be running).
 */
@FunctionalInterface
public interface AfterSession {

    /** Starts without waiting. */
    AfterSession NOW = Runnable::run;

    /** Calls {@code start} (quickly, on any thread) once no CWMP session is running. */
    void afterSession(Runnable start);
}
