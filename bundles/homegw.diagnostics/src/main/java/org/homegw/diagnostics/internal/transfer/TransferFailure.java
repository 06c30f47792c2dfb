package org.homegw.diagnostics.internal.transfer;

/** A TR-143 test that failed with the DiagnosticsState to report (e.g. Error_InitConnectionFailed). */
public final class TransferFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String state;

    public TransferFailure(String state, String message) {
        super(message);
        this.state = state;
    }

    public String state() {
        return state;
    }
}
