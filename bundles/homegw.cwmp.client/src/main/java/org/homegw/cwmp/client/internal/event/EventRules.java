package org.homegw.cwmp.client.internal.event;

import java.util.regex.Pattern;

import org.homegw.cwmp.api.CwmpEvent;

/**
 * Which Inform events are single (at most one EventStruct however often they occurred) and which
 * survive a failed session or a restart.
 *
 * <p>The delivery table follows the digest's (c) section, i.e. iopsys icwmp's reading of TR-069
 * (marked unverified there). Choices made where the digest is silent or MEM: "14 HEARTBEAT" is not
 * retried; "12 AUTONOMOUS DU STATE CHANGE COMPLETE" is kept like "11"; "13 WAKEUP" and vendor
 * "X ..." events are retried but not kept across a restart.
 */
public final class EventRules {

    /** The three accepted EventCode shapes: "N WORDS", "M Method", "X OUI WORDS". */
    private static final Pattern VALID_CODE = Pattern.compile("\\d+( \\S+)+|M \\S+|X \\S+ .+");

    private EventRules() {
    }

    /** "M ..." method events are one EventStruct per occurrence (CommandKey); all others are single. */
    public static boolean isSingle(String code) {
        return !code.startsWith("M ");
    }

    /** Whether the event stays pending after a session that failed before its InformResponse. */
    public static boolean retriedAfterFailedSession(String code) {
        return !code.equals(CwmpEvent.CONNECTION_REQUEST) && !code.equals(CwmpEvent.HEARTBEAT);
    }

    /** Whether a pending event is still delivered after the agent restarts (reboot, crash). */
    public static boolean keptAcrossRestart(String code) {
        if (code.startsWith("M ")) {
            return true;
        }
        return switch (code) {
            case CwmpEvent.BOOTSTRAP, CwmpEvent.PERIODIC, CwmpEvent.SCHEDULED, "5 KICKED",
                 CwmpEvent.TRANSFER_COMPLETE, CwmpEvent.REQUEST_DOWNLOAD,
                 CwmpEvent.AUTONOMOUS_TRANSFER_COMPLETE, CwmpEvent.DU_STATE_CHANGE_COMPLETE,
                 CwmpEvent.AUTONOMOUS_DU_STATE_CHANGE_COMPLETE -> true;
            default -> false;
        };
    }

    /**
     * Never retried and not kept across a restart ("6 CONNECTION REQUEST", "14 HEARTBEAT"): such an
     * event only matters to the running agent, so raising it need not be written to disk at once.
     */
    public static boolean onlyForThisRun(String code) {
        return !retriedAfterFailedSession(code) && !keptAcrossRestart(code);
    }

    /** A syntactically acceptable EventCode (1-1+ shapes; at most 64 characters). */
    public static boolean isValidCode(String code) {
        return code.length() <= 64 && VALID_CODE.matcher(code).matches();
    }
}
