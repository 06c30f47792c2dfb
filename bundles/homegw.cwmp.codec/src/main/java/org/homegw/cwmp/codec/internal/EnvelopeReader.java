package org.homegw.cwmp.codec.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.homegw.cwmp.codec.DecodeException;
import org.homegw.cwmp.codec.DecodeException.Reason;
import org.homegw.cwmp.codec.DecodeLimits;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.UnknownMethod;

/**
 * Reads the envelopes of one HTTP body. Elements are matched by local name whatever their
 * prefix or namespace; the CWMP version is taken from the {@code urn:dslforum-org:cwmp-1-x}
 * namespace in use. Every failure becomes a {@link DecodeException}.
 */
public final class EnvelopeReader {
    private static final Map<String, ElementReader<CwmpMessage>> READERS = readers();
    /** The JDK (Xerces-based) factory's property for handing out a closed parser again. */
    private static final String REUSE_INSTANCE = "reuse-instance";

    private final DecodeLimits limits;
    /**
     * One configured factory per thread, which hands its thread the same parser again once the last
     * one is closed (the JDK's "reuse-instance": reset, then given the new input; every read closes
     * its parser). Building a factory was a quarter of decoding an InformResponse, a new parser 11 KB
     * of buffers. Per thread because a reusing factory must not serve two threads at once.
     */
    private final ThreadLocal<XMLInputFactory> factory = ThreadLocal.withInitial(EnvelopeReader::factory);

    public EnvelopeReader(DecodeLimits limits) {
        this.limits = limits;
    }

    private static Map<String, ElementReader<CwmpMessage>> readers() {
        Map<String, ElementReader<CwmpMessage>> readers = new HashMap<>();
        SessionMessageReaders.register(readers);
        ParameterMessageReaders.register(readers);
        TransferMessageReaders.register(readers);
        DuMessageReaders.register(readers);
        return Collections.unmodifiableMap(readers);
    }

    /** Reads every envelope in the body, in order; an empty list for an empty body. */
    public List<Envelope> readAll(InputStream in) throws DecodeException {
        XMLStreamReader reader = null;
        XmlCursor cursor = null;
        try {
            EnvelopeInput input = new EnvelopeInput(in, limits.maxBytes());
            reader = factory.get().createXMLStreamReader(input.reader());
            cursor = new XmlCursor(reader, limits);
            List<Envelope> envelopes = new ArrayList<>(1);
            if (!cursor.firstElement()) {
                return envelopes;
            }
            if (EnvelopeInput.WRAPPER_NS.equals(cursor.namespace())) {
                while (cursor.nextEnvelope(1)) {
                    envelopes.add(envelope(cursor));
                }
            } else {
                envelopes.add(envelope(cursor));
            }
            cursor.finish();
            return envelopes;
        } catch (XMLStreamException e) {
            throw translate(e, cursor);
        } catch (InputRefused e) {
            throw new DecodeException(e.reason(), e.getMessage());
        } catch (IOException e) {
            throw new DecodeException(Reason.IO_ERROR, String.valueOf(e.getMessage()), null, null, e);
        } catch (RuntimeException e) {
            // the parser can fail with unchecked exceptions on some broken input; never let one escape
            throw new DecodeException(Reason.MALFORMED_XML, "parser failure: " + e, cursorMethod(cursor),
                    cursorId(cursor), e);
        } finally {
            close(reader);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        try {
            factory.setProperty(REUSE_INSTANCE, Boolean.TRUE);
        } catch (IllegalArgumentException notTheJdkParser) {
            // another StAX implementation: a new parser per read, as before
        }
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return factory;
    }

    private Envelope envelope(XmlCursor c) throws XMLStreamException, DecodeException {
        c.method = null;
        c.cwmpId = null;
        if (!c.name().equals("Envelope")) {
            throw c.fail(Reason.NOT_AN_ENVELOPE, "root element is " + c.name() + ", not a SOAP Envelope");
        }
        CwmpVersion version = declaredVersion(c);
        CwmpHeader header = CwmpHeader.EMPTY;
        List<CwmpMessage> body = null;
        int depth = c.depth();
        while (c.nextChild(depth)) {
            String name = c.name();
            if (name.equals("Header")) {
                HeaderRead read = header(c);
                header = read.header;
                version = read.version == null ? version : read.version;
            } else if (name.equals("Body")) {
                BodyRead read = body(c);
                body = read.messages;
                version = read.version == null ? version : read.version;
            } else {
                c.skipCurrent();
            }
        }
        if (body == null) {
            throw c.fail(Reason.NOT_AN_ENVELOPE, "Envelope without Body");
        }
        return new Envelope(version == null ? CwmpVersion.V1_0 : version, header, body);
    }

    private static CwmpVersion declaredVersion(XmlCursor c) {
        CwmpVersion found = null;
        for (int i = 0; i < c.namespaceCount(); i++) {
            CwmpVersion v = CwmpVersion.ofNamespace(c.declaredNamespace(i)).orElse(null);
            found = v != null && (found == null || v.atLeast(found)) ? v : found;
        }
        return found;
    }

    private record HeaderRead(CwmpHeader header, CwmpVersion version) {
    }

    private record BodyRead(List<CwmpMessage> messages, CwmpVersion version) {
    }

    private static HeaderRead header(XmlCursor c) throws XMLStreamException, DecodeException {
        String id = null;
        Boolean hold = null;
        Boolean noMore = null;
        Long timeout = null;
        String supported = null;
        String use = null;
        CwmpVersion version = null;
        int depth = c.depth();
        while (c.nextChild(depth)) {
            String name = c.name();
            version = version == null ? CwmpVersion.ofNamespace(c.namespace()).orElse(null) : version;
            switch (name) {
                case "ID":
                    id = c.text();
                    c.cwmpId = id;
                    break;
                case "HoldRequests":
                    hold = Values.bool(c, name, c.text());
                    break;
                case "NoMoreRequests":
                    noMore = Values.bool(c, name, c.text());
                    break;
                case "SessionTimeout":
                    timeout = Values.unsignedInt(c, name, c.text());
                    break;
                case "SupportedCWMPVersions":
                    supported = c.text().trim();
                    break;
                case "UseCWMPVersion":
                    use = c.text().trim();
                    break;
                default:
                    c.skipCurrent();
                    break;
            }
        }
        return new HeaderRead(new CwmpHeader(id, hold, noMore, timeout, supported, use), version);
    }

    private static BodyRead body(XmlCursor c) throws XMLStreamException, DecodeException {
        List<CwmpMessage> messages = new ArrayList<>(1);
        CwmpVersion version = null;
        int depth = c.depth();
        while (c.nextChild(depth)) {
            String name = c.name();
            version = version == null ? CwmpVersion.ofNamespace(c.namespace()).orElse(null) : version;
            ElementReader<CwmpMessage> reader = READERS.get(name);
            c.method = name;
            if (reader == null) {
                messages.add(vendorMessage(c, name));
            } else {
                messages.add(reader.read(c));
            }
            c.method = null;
        }
        return new BodyRead(messages, version);
    }

    /**
     * A method this codec does not know (a vendor X_ method), with its arguments as a tree. A name
     * ending in "Response" is taken as the answer to such a method: a body element carries no other
     * sign of its direction.
     */
    private static CwmpMessage vendorMessage(XmlCursor c, String name) throws XMLStreamException, DecodeException {
        org.homegw.cwmp.message.VendorArgument tree;
        try {
            tree = c.argumentTree();
        } catch (IllegalArgumentException e) {
            throw c.invalid("argument of " + name + ": " + e.getMessage());
        }
        if (name.endsWith("Response") && name.length() > "Response".length()) {
            return new org.homegw.cwmp.message.VendorResponse(name, tree.children());
        }
        return new UnknownMethod(name, tree.children());
    }

    private static DecodeException translate(XMLStreamException e, XmlCursor cursor) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof InputRefused) {
                InputRefused limit = (InputRefused) t;
                return new DecodeException(limit.reason(), limit.getMessage(), cursorMethod(cursor), cursorId(cursor), e);
            }
            if (t instanceof IOException) {
                return new DecodeException(Reason.IO_ERROR, String.valueOf(t.getMessage()), cursorMethod(cursor),
                        cursorId(cursor), e);
            }
        }
        return new DecodeException(Reason.MALFORMED_XML, String.valueOf(e.getMessage()), cursorMethod(cursor),
                cursorId(cursor), e);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof XMLStreamException && ((XMLStreamException) t).getNestedException() != null
                && ((XMLStreamException) t).getNestedException() != t) {
            return ((XMLStreamException) t).getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String cursorMethod(XmlCursor cursor) {
        return cursor == null ? null : cursor.method;
    }

    private static String cursorId(XmlCursor cursor) {
        return cursor == null ? null : cursor.cwmpId;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing to release beyond the parser's own buffers
            }
        }
    }
}
