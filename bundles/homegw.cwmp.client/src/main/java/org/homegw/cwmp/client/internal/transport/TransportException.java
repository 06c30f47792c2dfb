package org.homegw.cwmp.client.internal.transport;

import java.io.IOException;

/** The HTTP exchange with the ACS failed; {@link #kind()} says how, for the log and the retry decision. */
public final class TransportException extends IOException {

    /** How an exchange failed. */
    public enum Kind {
        /** the ACS certificate chain or host name was rejected */
        TLS_REJECTED,
        /** no TCP connection could be made */
        CONNECT_FAILED,
        /** no response within the silence timeout */
        TIMEOUT,
        /** connection reset, malformed HTTP, too many redirects, body too large */
        PROTOCOL
    }

    private final Kind kind;

    public TransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
