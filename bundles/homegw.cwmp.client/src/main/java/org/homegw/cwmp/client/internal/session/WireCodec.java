package org.homegw.cwmp.client.internal.session;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.homegw.cwmp.message.Envelope;

/** The SOAP codec as the session runner needs it: envelopes of one HTTP body out, and back in. */
public interface WireCodec {

    /** Writes the envelopes of one POST one after another; streamed values are read while writing. */
    void write(List<Outgoing> envelopes, OutputStream out) throws IOException;

    /** Decodes an HTTP body holding one or more envelopes. */
    List<Envelope> read(byte[] body) throws MalformedReplyException;

    /**
     * The body could not be decoded; the message says why (for the log). When it held an ACS request
     * of a known method with bad arguments, {@link #invalidRequestId()} is that request's cwmp:ID
     * (answered with fault 9003 instead of ending the session).
     */
    final class MalformedReplyException extends Exception {
        private final String invalidRequestId;
        private final String method;

        public MalformedReplyException(String message, Throwable cause) {
            this(message, cause, null, null);
        }

        public MalformedReplyException(String message, Throwable cause, String invalidRequestId, String method) {
            super(message, cause);
            this.invalidRequestId = invalidRequestId;
            this.method = method;
        }

        public String invalidRequestId() {
            return invalidRequestId;
        }

        public String method() {
            return method;
        }
    }
}
