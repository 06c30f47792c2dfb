package org.homegw.cwmp.codec;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.homegw.cwmp.codec.internal.EnvelopeWriter;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;

/**
 * Encodes CWMP envelopes as UTF-8 SOAP that validates against the BBF schema of the envelope's
 * {@link CwmpVersion}: the version's namespace ({@code cwmp-1-0}, {@code cwmp-1-1}, or
 * {@code cwmp-1-2} for 1.2–1.4), {@code SOAP-ENC:arrayType} on arrays, {@code xsi:type} on values.
 * Streams straight to the output; nothing is closed.
 *
 * <p>Programming errors are {@link IllegalArgumentException}s: a message the version does not
 * define (e.g. ScheduleDownload in 1.0). Header elements the version does not define
 * (SessionTimeout before 1.3, the version headers before 1.4) are left out. Instances are
 * immutable and thread-safe.
 */
public final class CwmpEncoder {
    private final EnvelopeWriter writer = new EnvelopeWriter();

    /** Writes the envelope as UTF-8 to {@code out}. */
    public void encode(Envelope envelope, OutputStream out) throws IOException {
        Objects.requireNonNull(envelope, "envelope");
        try {
            Writer chars = utf8(out);
            XMLStreamWriter w = factory().createXMLStreamWriter(chars);
            writer.write(w, envelope, true);
            w.close();
            chars.flush();
        } catch (XMLStreamException e) {
            throw EnvelopeWriter.ioFailure(e);
        }
    }

    /**
     * Writes several envelopes into one HTTP body, one complete document after the other, as
     * CWMP allows up to the peer's MaxEnvelopes (each envelope carries one RPC there).
     * {@link CwmpDecoder#decodeAll} reads such a body back.
     */
    public void encodeAll(List<Envelope> envelopes, OutputStream out) throws IOException {
        for (Envelope envelope : List.copyOf(envelopes)) {
            encode(envelope, out);
        }
    }

    /** Writes the envelope as characters (the XML declaration names no encoding). */
    public void encode(Envelope envelope, Writer out) throws IOException {
        Objects.requireNonNull(envelope, "envelope");
        try {
            XMLStreamWriter w = factory().createXMLStreamWriter(out);
            writer.write(w, envelope, false);
            w.close();
        } catch (XMLStreamException e) {
            throw EnvelopeWriter.ioFailure(e);
        }
    }

    /** The envelope as UTF-8 bytes. */
    public byte[] encode(Envelope envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            encode(envelope, out);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory stream failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Streams a GetParameterValuesResponse: {@code values} is called once and writes each value
     * through the {@link ValueWriter} it is given, so a 100,000-parameter answer is never held in
     * memory. {@code count} (needed up front for {@code arrayType}) must equal the number of
     * values written, otherwise an {@link IllegalStateException} is thrown after the values and the
     * output must be discarded.
     */
    public void encodeGetParameterValuesResponse(OutputStream out, CwmpVersion version, CwmpHeader header, int count,
            Consumer<ValueWriter> values) throws IOException {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(values, "values");
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
        try {
            Writer chars = utf8(out);
            // the values bypass StAX (written to chars directly): StAX flushes into chars, not through it
            XMLStreamWriter w = factory().createXMLStreamWriter(new FilterWriter(chars) {
                @Override
                public void flush() {
                }
            });
            writer.writeGetParameterValuesResponse(w, chars, version, header, count, values);
            w.close();
            chars.flush();
        } catch (XMLStreamException e) {
            throw EnvelopeWriter.ioFailure(e);
        }
    }

    /** UTF-8 encoding by the JDK's charset encoder: much faster than the StAX writer's own byte output. */
    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private static XMLOutputFactory factory() {
        return XMLOutputFactory.newDefaultFactory();
    }
}
