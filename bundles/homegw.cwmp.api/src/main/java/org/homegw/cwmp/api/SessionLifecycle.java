package org.homegw.cwmp.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Ties device actions to the end of the CWMP session, as TR-069 asks: work an ACS request sets off
 * starts after the session that carried it (e.g. a diagnostic, TR-106 DiagnosticsState), and a
 * reboot never cuts an open session. Registered by the CWMP client as an OSGi service.
 *
 * <p>"The current session" is the one running when a method is called; when none runs, the action
 * happens at once. Both methods return at once and never block the session that calls them.
 *
 * @since 1.1
 */
@ProviderType
public interface SessionLifecycle {

    /**
     * Runs {@code action} once no session is running: at once when none runs, else as soon as the
     * current session has ended, cleanly or not (what the ACS set was applied either way). The action
     * runs on a thread of the client's that is neither the caller's nor the session's, one action at
     * a time: it should be short (hand long work to an executor of your own). An exception it throws
     * is logged and otherwise ignored.
     */
    void afterSession(Runnable action);

    /**
     * Reboots the device (through the runtime's DeviceControl, else by restarting the framework):
     * at once when no session runs; otherwise after the current session has ended cleanly. If it
     * fails, the reboot waits for the next clean session end and the client retries sessions per the
     * TR-069 retry table meanwhile; if sessions are off (EnableCWMP false, no URL) it reboots at once.
     * No session starts between this call and the reboot other than the one running.
     *
     * @param reason why, for the log (e.g. "firmware switch")
     */
    void rebootAfterSession(String reason);
}
