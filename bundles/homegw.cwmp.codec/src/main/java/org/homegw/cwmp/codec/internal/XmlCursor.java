package org.homegw.cwmp.codec.internal;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.homegw.cwmp.codec.DecodeException;
import org.homegw.cwmp.codec.DecodeException.Reason;
import org.homegw.cwmp.codec.DecodeLimits;

/**
 * A bounded, element-oriented walk over a StAX reader. Every step counts depth and elements
 * against the {@link DecodeLimits}; text is collected with a length bound; unknown content is
 * skipped. Prefixes never matter: elements are matched by local name.
 */
final class XmlCursor {
    private final XMLStreamReader reader;
    private final DecodeLimits limits;
    private final StringBuilder text = new StringBuilder(64);
    private int depth;
    private int elements;
    /** Method being read, for error reports. */
    String method;
    /** ID header of the current envelope, for error reports. */
    String cwmpId;

    XmlCursor(XMLStreamReader reader, DecodeLimits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    /** Depth of the current element (1 for the outermost). */
    int depth() {
        return depth;
    }

    private int next() throws XMLStreamException, DecodeException {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            elements++;
            if (depth > limits.maxDepth()) {
                throw fail(Reason.TOO_DEEP, "nesting deeper than " + limits.maxDepth());
            }
            if (elements > limits.maxElements()) {
                throw fail(Reason.TOO_MANY_ELEMENTS, "more than " + limits.maxElements() + " elements");
            }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        } else if (event == XMLStreamConstants.DTD) {
            throw fail(Reason.DOCTYPE_FORBIDDEN, "DOCTYPE is not allowed");
        }
        return event;
    }

    /** Advances to the first element of the document; false when the document has none. */
    boolean firstElement() throws XMLStreamException, DecodeException {
        while (reader.hasNext()) {
            if (next() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * From the start of a parent element at {@code parentDepth} (or the end of its previous
     * child), moves to the start of its next child element. Returns false, positioned on the
     * parent's end, when there are no more children. Text between children is ignored.
     */
    boolean nextChild(int parentDepth) throws XMLStreamException, DecodeException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == parentDepth + 1) {
                    return true;
                }
                skipCurrent(); // a grandchild the caller did not consume: cannot happen via our readers
            } else if (event == XMLStreamConstants.END_ELEMENT && depth < parentDepth) {
                return false;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail(Reason.MALFORMED_XML, "unexpected end of document");
            }
        }
    }

    /**
     * {@link #nextChild} for the top level of a body, where only envelopes may stand: text other than
     * white space there (a text/plain error page, garbage) is not CWMP and fails, instead of being
     * skipped and the body read as holding no envelope.
     */
    boolean nextEnvelope(int parentDepth) throws XMLStreamException, DecodeException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == parentDepth + 1) {
                    return true;
                }
                skipCurrent();
            } else if (event == XMLStreamConstants.END_ELEMENT && depth < parentDepth) {
                return false;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail(Reason.MALFORMED_XML, "unexpected end of document");
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && !reader.getText().isBlank()) {
                throw fail(Reason.MALFORMED_XML, "text outside a SOAP envelope (a document holds markup only)");
            }
        }
    }

    /** Local name of the current element. */
    String name() {
        return reader.getLocalName();
    }

    /** Namespace URI of the current element ("" when none). */
    String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** Namespaces declared on the current element. */
    int namespaceCount() {
        return reader.getNamespaceCount();
    }

    String declaredNamespace(int i) {
        return reader.getNamespaceURI(i);
    }

    /**
     * The value of the attribute with this local name: in the XML Schema instance namespace for
     * {@code type} and {@code nil}, otherwise in any namespace; null when absent.
     */
    String attribute(String localName) {
        int n = reader.getAttributeCount();
        String fallback = null;
        for (int i = 0; i < n; i++) {
            if (localName.equals(reader.getAttributeLocalName(i))) {
                if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(reader.getAttributeNamespace(i))) {
                    return reader.getAttributeValue(i);
                }
                fallback = reader.getAttributeValue(i);
            }
        }
        return fallback;
    }

    /** The text content of the current element, up to its end; nested elements are skipped. */
    String text() throws XMLStreamException, DecodeException {
        int own = depth;
        String element = reader.getLocalName();
        text.setLength(0);
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (depth == own) {
                        if (text.length() + reader.getTextLength() > limits.maxStringLength()) {
                            throw fail(Reason.STRING_TOO_LONG, "text longer than " + limits.maxStringLength()
                                    + " characters in " + element);
                        }
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    if (depth < own) {
                        return text.toString();
                    }
                    break;
                case XMLStreamConstants.END_DOCUMENT:
                    throw fail(Reason.MALFORMED_XML, "unexpected end of document");
                default:
                    break;
            }
        }
    }

    /**
     * The current element as a vendor argument tree, up to its end: child elements become children,
     * the text of an element without children its value (kept as sent, whitespace included).
     * Bounded like everything else by depth, element count and string length.
     */
    org.homegw.cwmp.message.VendorArgument argumentTree() throws XMLStreamException, DecodeException {
        int own = depth;
        String element = reader.getLocalName();
        StringBuilder value = new StringBuilder();
        java.util.List<org.homegw.cwmp.message.VendorArgument> children = new java.util.ArrayList<>();
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    children.add(argumentTree());
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (value.length() + reader.getTextLength() > limits.maxStringLength()) {
                        throw fail(Reason.STRING_TOO_LONG, "text longer than " + limits.maxStringLength()
                                + " characters in " + element);
                    }
                    value.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    if (depth < own) {
                        // a structure's text is only the whitespace between its children
                        return new org.homegw.cwmp.message.VendorArgument(element,
                                children.isEmpty() ? value.toString() : "", children);
                    }
                    break;
                case XMLStreamConstants.END_DOCUMENT:
                    throw fail(Reason.MALFORMED_XML, "unexpected end of document");
                default:
                    break;
            }
        }
    }

    /** Skips the current element and everything inside it. */
    void skipCurrent() throws XMLStreamException, DecodeException {
        int own = depth;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT && depth < own) {
                return;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail(Reason.MALFORMED_XML, "unexpected end of document");
            }
        }
    }

    /** Skips to the end of the document, failing on content after the last element. */
    void finish() throws XMLStreamException, DecodeException {
        while (reader.hasNext()) {
            next();
        }
    }

    DecodeException fail(Reason reason, String message) {
        return new DecodeException(reason, message + at(), method, cwmpId, null);
    }

    /** An invalid-arguments failure of the method being read (answered with fault 9003). */
    DecodeException invalid(String message) {
        return new DecodeException(Reason.INVALID_ARGUMENTS, message, method, cwmpId, null);
    }

    private String at() {
        try {
            return " at line " + reader.getLocation().getLineNumber();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
