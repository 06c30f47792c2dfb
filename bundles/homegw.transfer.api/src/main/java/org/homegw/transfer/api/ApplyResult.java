package org.homegw.transfer.api;

import java.util.Objects;

/**
 * The outcome of applying or exporting a transferred file: fault code 0 for success, otherwise a
 * CPE fault code valid in a TransferComplete FaultStruct (9001, 9002, 9010–9019) and a reason the
 * ACS will see as FaultString.
 */
public record ApplyResult(int faultCode, String faultString) {

    /** Success. */
    public static final ApplyResult OK = new ApplyResult(0, "");

    public ApplyResult {
        Objects.requireNonNull(faultString, "faultString");
        if (faultCode != 0 && (faultCode < 9000 || faultCode > 9899)) {
            throw new IllegalArgumentException("not a CPE fault code: " + faultCode);
        }
    }

    /** A failure with the given CPE fault code. */
    public static ApplyResult fault(int faultCode, String faultString) {
        if (faultCode == 0) {
            throw new IllegalArgumentException("a fault needs a non-zero code");
        }
        return new ApplyResult(faultCode, faultString);
    }

    /** Whether the file was applied. */
    public boolean isSuccess() {
        return faultCode == 0;
    }
}
