package org.homegw.cwmp.api;

import java.util.Objects;

/** An Inform EventStruct: the event code (e.g. "6 CONNECTION REQUEST") and its CommandKey. */
public record CwmpEvent(String code, String commandKey) {
    public static final String BOOTSTRAP = "0 BOOTSTRAP";
    public static final String BOOT = "1 BOOT";
    public static final String PERIODIC = "2 PERIODIC";
    public static final String SCHEDULED = "3 SCHEDULED";
    public static final String VALUE_CHANGE = "4 VALUE CHANGE";
    public static final String CONNECTION_REQUEST = "6 CONNECTION REQUEST";
    public static final String TRANSFER_COMPLETE = "7 TRANSFER COMPLETE";
    public static final String DIAGNOSTICS_COMPLETE = "8 DIAGNOSTICS COMPLETE";
    public static final String REQUEST_DOWNLOAD = "9 REQUEST DOWNLOAD";
    public static final String AUTONOMOUS_TRANSFER_COMPLETE = "10 AUTONOMOUS TRANSFER COMPLETE";
    public static final String DU_STATE_CHANGE_COMPLETE = "11 DU STATE CHANGE COMPLETE";
    public static final String AUTONOMOUS_DU_STATE_CHANGE_COMPLETE = "12 AUTONOMOUS DU STATE CHANGE COMPLETE";
    public static final String HEARTBEAT = "14 HEARTBEAT";

    public CwmpEvent {
        Objects.requireNonNull(code, "code");
        commandKey = commandKey == null ? "" : commandKey;
    }

    public static CwmpEvent of(String code) {
        return new CwmpEvent(code, "");
    }
}
