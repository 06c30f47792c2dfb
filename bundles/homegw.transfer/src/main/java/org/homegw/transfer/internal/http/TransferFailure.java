package org.homegw.transfer.internal.http;

/** A transfer that failed with a CPE fault code for the TransferComplete (9010–9019) and a reason. */
public final class TransferFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final int faultCode;

    public TransferFailure(int faultCode, String reason) {
        super(reason);
        this.faultCode = faultCode;
    }

    public TransferFailure(int faultCode, String reason, Throwable cause) {
        super(reason, cause);
        this.faultCode = faultCode;
    }

    public int faultCode() {
        return faultCode;
    }
}
