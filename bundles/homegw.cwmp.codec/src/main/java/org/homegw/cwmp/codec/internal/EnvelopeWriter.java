package org.homegw.cwmp.codec.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.homegw.cwmp.codec.ValueWriter;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;

/**
 * Writes envelopes as the BBF schema of their version requires: namespace of the version,
 * {@code mustUnderstand} on the header elements, elements in schema order, {@code arrayType} on
 * every array. A message or header element the version does not define is refused
 * (message) or left out (header), so output always matches the negotiated version.
 */
public final class EnvelopeWriter {
    private static final WriterRegistry WRITERS = writers();
    /** Messages that appeared after CWMP 1.0, with the version that added them. */
    private static final Map<String, CwmpVersion> SINCE = Map.ofEntries(
            Map.entry("GetAllQueuedTransfers", CwmpVersion.V1_1),
            Map.entry("GetAllQueuedTransfersResponse", CwmpVersion.V1_1),
            Map.entry("AutonomousTransferComplete", CwmpVersion.V1_1),
            Map.entry("AutonomousTransferCompleteResponse", CwmpVersion.V1_1),
            Map.entry("ScheduleDownload", CwmpVersion.V1_2),
            Map.entry("ScheduleDownloadResponse", CwmpVersion.V1_2),
            Map.entry("CancelTransfer", CwmpVersion.V1_2),
            Map.entry("CancelTransferResponse", CwmpVersion.V1_2),
            Map.entry("ChangeDUState", CwmpVersion.V1_2),
            Map.entry("ChangeDUStateResponse", CwmpVersion.V1_2),
            Map.entry("DUStateChangeComplete", CwmpVersion.V1_2),
            Map.entry("DUStateChangeCompleteResponse", CwmpVersion.V1_2),
            Map.entry("AutonomousDUStateChangeComplete", CwmpVersion.V1_2),
            Map.entry("AutonomousDUStateChangeCompleteResponse", CwmpVersion.V1_2));

    private static WriterRegistry writers() {
        WriterRegistry registry = new WriterRegistry();
        SessionMessageWriters.register(registry);
        ParameterMessageWriters.register(registry);
        TransferMessageWriters.register(registry);
        DuMessageWriters.register(registry);
        return registry;
    }

    /** The first CWMP version whose schema defines this message. */
    public static CwmpVersion since(CwmpMessage message) {
        return SINCE.getOrDefault(message.methodName(), CwmpVersion.V1_0);
    }

    /** Writes a whole envelope as one XML document. */
    public void write(XMLStreamWriter w, Envelope envelope, boolean declareEncoding) throws XMLStreamException {
        for (CwmpMessage m : envelope.body()) {
            if (!envelope.version().atLeast(since(m))) {
                throw new IllegalArgumentException(m.methodName() + " does not exist in CWMP "
                        + envelope.version().label() + " (needs " + since(m).label() + ")");
            }
        }
        XmlOut out = begin(w, envelope.version(), envelope.header(), declareEncoding);
        for (CwmpMessage m : envelope.body()) {
            if (!WRITERS.write(out, m)) {
                throw new IllegalArgumentException("no writer for " + m.getClass().getName());
            }
        }
        finish(w);
    }

    /**
     * Writes a GetParameterValuesResponse whose values come from {@code source} as it produces
     * them, so that no list of all values is ever built. {@code count} goes into the array type
     * and must equal the number of values written. The values go as text straight to {@code chars},
     * the character stream under {@code w} (see {@link ParameterValueText}); {@code w.flush()} must
     * not flush {@code chars} further than into it.
     */
    public void writeGetParameterValuesResponse(XMLStreamWriter w, Writer chars, CwmpVersion version,
            CwmpHeader header, int count, Consumer<ValueWriter> source) throws XMLStreamException {
        XmlOut out = begin(w, version, header, true);
        out.startCwmp("GetParameterValuesResponse");
        out.startArray("ParameterList", "cwmp:ParameterValueStruct", count);
        w.writeCharacters(""); // closes the start tag: the values follow as text
        w.flush();
        ParameterValueText text = new ParameterValueText(chars);
        int[] written = {0};
        try {
            source.accept((name, value, type) -> {
                try {
                    text.struct(name, value, type);
                    written[0]++;
                } catch (IOException e) {
                    throw new StreamFailure(new XMLStreamException(e));
                }
            });
            text.flush();
        } catch (StreamFailure e) {
            throw e.failure;
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
        if (written[0] != count) {
            throw new IllegalStateException("GetParameterValuesResponse announced " + count + " values but "
                    + written[0] + " were written");
        }
        out.end();
        out.end();
        finish(w);
    }

    /** Carries a writer failure through the value callback. */
    private static final class StreamFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient XMLStreamException failure;

        StreamFailure(XMLStreamException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    private static XmlOut begin(XMLStreamWriter w, CwmpVersion version, CwmpHeader header, boolean declareEncoding)
            throws XMLStreamException {
        if (declareEncoding) {
            w.writeStartDocument("UTF-8", "1.0");
        } else {
            w.writeStartDocument("1.0");
        }
        w.writeStartElement(XmlOut.ENV, "Envelope", XmlOut.SOAP_ENV);
        w.writeNamespace(XmlOut.ENV, XmlOut.SOAP_ENV);
        w.writeNamespace(XmlOut.ENC, XmlOut.SOAP_ENC);
        w.writeNamespace("xsd", XMLConstants.W3C_XML_SCHEMA_NS_URI);
        w.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
        w.writeNamespace("cwmp", version.namespace());
        XmlOut out = new XmlOut(w, version.namespace());
        header(out, version, header);
        w.writeStartElement(XmlOut.ENV, "Body", XmlOut.SOAP_ENV);
        return out;
    }

    private static void finish(XMLStreamWriter w) throws XMLStreamException {
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }

    private static void header(XmlOut out, CwmpVersion version, CwmpHeader h) throws XMLStreamException {
        boolean sessionTimeout = h.sessionTimeout() != null && version.atLeast(CwmpVersion.V1_3);
        boolean supported = h.supportedCwmpVersions() != null && version.atLeast(CwmpVersion.V1_4);
        boolean use = h.useCwmpVersion() != null && version.atLeast(CwmpVersion.V1_4);
        if (h.id() == null && h.holdRequests() == null && h.noMoreRequests() == null && !sessionTimeout
                && !supported && !use) {
            return;
        }
        XMLStreamWriter w = out.w;
        w.writeStartElement(XmlOut.ENV, "Header", XmlOut.SOAP_ENV);
        if (h.id() != null) {
            headerElement(out, "ID", "1", h.id());
        }
        if (h.holdRequests() != null) {
            headerElement(out, "HoldRequests", "1", h.holdRequests() ? "1" : "0");
        }
        if (h.noMoreRequests() != null) {
            headerElement(out, "NoMoreRequests", null, h.noMoreRequests() ? "1" : "0");
        }
        if (sessionTimeout) {
            headerElement(out, "SessionTimeout", "0", Long.toString(h.sessionTimeout()));
        }
        if (supported) {
            headerElement(out, "SupportedCWMPVersions", "0", h.supportedCwmpVersions());
        }
        if (use) {
            headerElement(out, "UseCWMPVersion", "1", h.useCwmpVersion());
        }
        w.writeEndElement();
    }

    private static void headerElement(XmlOut out, String name, String mustUnderstand, String text)
            throws XMLStreamException {
        out.startCwmp(name);
        if (mustUnderstand != null) {
            out.w.writeAttribute(XmlOut.ENV, XmlOut.SOAP_ENV, "mustUnderstand", mustUnderstand);
        }
        out.text(text);
        out.end();
    }

    /** The I/O failure behind a StAX writer exception (the writer's own errors become IOExceptions too). */
    public static IOException ioFailure(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        return cause instanceof IOException ? (IOException) cause : new IOException(e.getMessage(), e);
    }
}
