package org.homegw.cwmp.client.internal.transport;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The body of one HTTP POST to the ACS. A body may be written more than once (an authentication
 * challenge re-sends it), so writers must be repeatable. Large bodies are streamed (chunked), so a
 * GetParameterValuesResponse of the whole tree is never held in memory.
 */
public interface OutgoingBody {

    OutgoingBody EMPTY = bytes(new byte[0]);

    /** Writes the whole body; may be called again for a re-send. */
    void writeTo(OutputStream out) throws IOException;

    /** The length if known up front, else -1 (then the body is sent chunked). */
    long length();

    static OutgoingBody bytes(byte[] content) {
        return new OutgoingBody() {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(content);
            }

            @Override
            public long length() {
                return content.length;
            }
        };
    }
}
