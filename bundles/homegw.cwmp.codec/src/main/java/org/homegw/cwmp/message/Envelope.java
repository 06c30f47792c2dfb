package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/**
 * A CWMP SOAP envelope: header and the messages of its Body. The Body holds one message
 * normally and several when the peer's MaxEnvelopes allows it; it is empty in an envelope that
 * carries only headers.
 *
 * @param version on output the version to encode in (it picks the namespace and the schema the
 *                output must satisfy); on input the lowest version that uses the namespace found
 *                (1.0, 1.1 or 1.2 — later versions are negotiated by header, see {@link CwmpVersion})
 * @param header  the header elements ({@link CwmpHeader#EMPTY} when there is no Header)
 * @param body    the messages, in document order
 */
public record Envelope(CwmpVersion version, CwmpHeader header, List<CwmpMessage> body) {
    public Envelope {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(header, "header");
        body = List.copyOf(Objects.requireNonNull(body, "body"));
    }

    /** An envelope with one message. */
    public static Envelope of(CwmpVersion version, CwmpHeader header, CwmpMessage message) {
        return new Envelope(version, header, List.of(message));
    }

    /** An envelope with one message whose header carries only the given ID. */
    public static Envelope of(CwmpVersion version, String id, CwmpMessage message) {
        return new Envelope(version, CwmpHeader.ofId(id), List.of(message));
    }

    /** The first (usually the only) message, or null when the Body is empty. */
    public CwmpMessage first() {
        return body.isEmpty() ? null : body.get(0);
    }
}
