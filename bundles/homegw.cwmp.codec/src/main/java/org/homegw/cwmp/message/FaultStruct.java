package org.homegw.cwmp.message;

import java.util.Objects;

/**
 * The outcome of a transfer or deployment-unit operation: code 0 means success, otherwise a CPE fault
 * code with a reason.
 */
public record FaultStruct(int faultCode, String faultString) {
    /** The "no fault" value. */
    public static final FaultStruct NONE = new FaultStruct(0, "");

    /** Whether this value reports a failure. */
    public boolean isFault() {
        return faultCode != 0;
    }

    public FaultStruct {
        Objects.requireNonNull(faultString, "faultString");
    }
}
