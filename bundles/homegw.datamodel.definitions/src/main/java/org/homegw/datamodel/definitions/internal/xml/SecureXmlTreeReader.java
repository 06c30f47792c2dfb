package org.homegw.datamodel.definitions.internal.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.homegw.datamodel.definitions.DefinitionsException;

/**
 * Reads an XML document into an {@link XmlElement} tree with StAX, refusing anything unsafe: a DTD
 * (only plain-text entity declarations are accepted and expanded beforehand, see {@link PlainEntityDoctype}),
 * external entities, more than {@code maxBytes} of input, or nesting deeper than {@code maxDepth}. {@code <description>} subtrees and all text are
 * skipped, so the tree stays small.
 */
final class SecureXmlTreeReader {

    private static final String DESCRIPTION = "description";

    private final long maxBytes;
    private final int maxDepth;
    private final XMLInputFactory factory;

    SecureXmlTreeReader(long maxBytes, int maxDepth) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        // the JDK's own StAX parser, not whatever a bundle's context class loader offers: the
        // safety settings below are checked against its behaviour
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
    }

    /**
     * Parses {@code in} (not closed here), reading at most {@code maxBytes}.
     *
     * @param source name used in error messages
     */
    XmlElement read(InputStream in, String source) throws DefinitionsException {
        byte[] doc;
        try {
            doc = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        } catch (IOException e) {
            throw new DefinitionsException(source + ": cannot read: " + e.getMessage(), e);
        }
        if (doc.length > maxBytes) {
            throw new DefinitionsException(source + ": larger than the limit of " + maxBytes + " bytes");
        }
        int doctype = PlainEntityDoctype.findDoctype(doc);
        XMLStreamReader r = null;
        try {
            r = doctype < 0
                    ? factory.createXMLStreamReader(new ByteArrayInputStream(doc))
                    : factory.createXMLStreamReader(new StringReader(PlainEntityDoctype.expand(doc, doctype, maxBytes, source)));
            return readTree(r, source);
        } catch (XMLStreamException e) {
            throw new DefinitionsException(source + ": " + describe(e), e);
        } catch (RuntimeException e) {
            // the JDK's StAX parser throws unchecked exceptions for some malformed input (e.g. a
            // MissingResourceException while formatting its own error message): still a bad file
            throw new DefinitionsException(source + ": malformed XML: " + e, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException | RuntimeException ignored) {
                    // in-memory input: nothing left to release
                }
            }
        }
    }

    private XmlElement readTree(XMLStreamReader r, String source) throws XMLStreamException, DefinitionsException {
        Deque<XmlElement> stack = new ArrayDeque<>();
        XmlElement root = null;
        int skipDepth = 0;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD:
                    throw new DefinitionsException(source + " line " + line(r)
                            + ": DOCTYPE/DTD is not allowed in data-model definitions (entities are refused)");
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw new DefinitionsException(source + " line " + line(r) + ": entity reference &"
                            + r.getLocalName() + "; is not allowed");
                case XMLStreamConstants.START_ELEMENT:
                    if (skipDepth > 0 || DESCRIPTION.equals(r.getLocalName())) {
                        skipDepth++;
                        checkDepth(stack.size() + skipDepth, r, source);
                        continue;
                    }
                    checkDepth(stack.size() + 1, r, source);
                    XmlElement e = new XmlElement(r.getLocalName(), attributes(r), line(r));
                    if (stack.isEmpty()) {
                        root = e;
                    } else {
                        stack.peek().children.add(e);
                    }
                    stack.push(e);
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    if (skipDepth > 0) {
                        skipDepth--;
                    } else {
                        stack.pop();
                    }
                    break;
                default:
                    break;
            }
        }
        if (root == null) {
            throw new DefinitionsException(source + ": no root element");
        }
        return root;
    }

    private void checkDepth(int depth, XMLStreamReader r, String source) throws DefinitionsException {
        if (depth > maxDepth) {
            throw new DefinitionsException(source + " line " + line(r) + ": elements nested deeper than " + maxDepth);
        }
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        int n = r.getAttributeCount();
        if (n == 0) {
            return Map.of();
        }
        Map<String, String> attrs = new HashMap<>(n * 2);
        boolean keepBlanks = "default".equals(r.getLocalName()) || "pattern".equals(r.getLocalName());
        for (int i = 0; i < n; i++) {
            String prefix = r.getAttributePrefix(i);
            String name = r.getAttributeLocalName(i);
            // dmr:* (report annotations) and xsi:* never matter for definitions
            if (prefix != null && !prefix.isEmpty()) {
                continue;
            }
            String value = r.getAttributeValue(i);
            // BBF data quirk (digest section g): trailing blanks in names and attributes
            attrs.put(name, keepBlanks && "value".equals(name) ? value : value.trim());
        }
        return attrs;
    }

    private static int line(XMLStreamReader r) {
        Location l = r.getLocation();
        return l == null ? -1 : l.getLineNumber();
    }

    private static String describe(XMLStreamException e) {
        Location l = e.getLocation();
        String msg = e.getMessage();
        if (msg != null && msg.startsWith("ParseError at")) {
            int nl = msg.indexOf("Message: ");
            msg = nl >= 0 ? msg.substring(nl + "Message: ".length()) : msg;
        }
        return (l != null ? "line " + l.getLineNumber() + ": " : "") + "malformed XML: " + msg;
    }
}
