package org.homegw.cwmp.codec.internal;

import java.io.IOException;

import org.homegw.cwmp.codec.DecodeException;

/**
 * Thrown from inside the byte stream the XML parser reads, so that a size, DOCTYPE or prolog problem
 * surfaces through the parser and is reported with its own reason rather than as bad XML.
 */
final class InputRefused extends IOException {
    private static final long serialVersionUID = 1L;

    private final DecodeException.Reason reason;

    InputRefused(DecodeException.Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    DecodeException.Reason reason() {
        return reason;
    }
}
