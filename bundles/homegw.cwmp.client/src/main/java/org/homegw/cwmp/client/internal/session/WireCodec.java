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

    /** The body could not be decoded; the message says why (for the log). */
    final class MalformedReplyException extends Exception {
        public MalformedReplyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
