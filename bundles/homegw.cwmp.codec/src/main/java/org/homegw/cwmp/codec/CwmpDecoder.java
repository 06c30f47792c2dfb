package org.homegw.cwmp.codec;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

import org.homegw.cwmp.codec.internal.EnvelopeReader;
import org.homegw.cwmp.message.Envelope;

/**
 * Decodes CWMP SOAP envelopes from HTTP bodies: hardened (no DTDs, no external entities, bounded
 * by {@link DecodeLimits}) and lenient (any namespace prefixes, any {@code cwmp-1-x} namespace,
 * missing {@code arrayType} or {@code xsi:type}, blanks, unknown elements, several envelopes in
 * one body). Unknown methods become {@link org.homegw.cwmp.message.UnknownMethod}.
 *
 * <p>Every failure is a {@link DecodeException}; no unchecked exception escapes for any input.
 * Instances are immutable and thread-safe. The stream is read but not closed.
 */
public final class CwmpDecoder {
    private final EnvelopeReader reader;

    /** A decoder with {@link DecodeLimits#DEFAULTS}. */
    public CwmpDecoder() {
        this(DecodeLimits.DEFAULTS);
    }

    public CwmpDecoder(DecodeLimits limits) {
        this.reader = new EnvelopeReader(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Decodes a body that must hold exactly one envelope.
     *
     * @throws DecodeException with reason {@code EMPTY} for a body without an envelope and
     *         {@code NOT_AN_ENVELOPE} for one with several (use {@link #decodeAll} where a peer
     *         may send several)
     */
    public Envelope decode(InputStream body) throws DecodeException {
        List<Envelope> all = decodeAll(body);
        if (all.isEmpty()) {
            throw new DecodeException(DecodeException.Reason.EMPTY, "no envelope in the body");
        }
        if (all.size() > 1) {
            throw new DecodeException(DecodeException.Reason.NOT_AN_ENVELOPE,
                    all.size() + " envelopes where one was expected");
        }
        return all.get(0);
    }

    /** Decodes a body that must hold exactly one envelope. */
    public Envelope decode(byte[] body) throws DecodeException {
        return decode(new ByteArrayInputStream(body));
    }

    /** Decodes every envelope of a body, in order; an empty list for an empty (or blank) body. */
    public List<Envelope> decodeAll(InputStream body) throws DecodeException {
        return reader.readAll(Objects.requireNonNull(body, "body"));
    }

    /** Decodes every envelope of a body, in order. */
    public List<Envelope> decodeAll(byte[] body) throws DecodeException {
        return decodeAll(new ByteArrayInputStream(body));
    }
}
