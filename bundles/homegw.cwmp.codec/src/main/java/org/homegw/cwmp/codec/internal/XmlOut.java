package org.homegw.cwmp.codec.internal;

import java.util.Collection;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The few writing operations CWMP needs, over a StAX writer: qualified method elements,
 * unqualified children (the schemas use {@code elementFormDefault="unqualified"}), SOAP arrays
 * with {@code arrayType}, typed values, and text made safe for XML 1.0.
 */
final class XmlOut {
    static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String SOAP_ENC = "http://schemas.xmlsoap.org/soap/encoding/";
    static final String ENV = "SOAP-ENV";
    static final String ENC = "SOAP-ENC";

    final XMLStreamWriter w;
    final String cwmpNs;

    XmlOut(XMLStreamWriter writer, String cwmpNs) {
        this.w = writer;
        this.cwmpNs = cwmpNs;
    }

    /** Starts a body or header element in the cwmp namespace. */
    void startCwmp(String name) throws XMLStreamException {
        w.writeStartElement("cwmp", name, cwmpNs);
    }

    /** Writes an empty method element such as {@code <cwmp:GetRPCMethods/>}. */
    void emptyCwmp(String name) throws XMLStreamException {
        w.writeEmptyElement("cwmp", name, cwmpNs);
    }

    void start(String name) throws XMLStreamException {
        w.writeStartElement(name);
    }

    void end() throws XMLStreamException {
        w.writeEndElement();
    }

    void leaf(String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        text(text);
        w.writeEndElement();
    }

    /** A child that the schema makes optional: written only when the value is present. */
    void optionalLeaf(String name, String text) throws XMLStreamException {
        if (text != null) {
            leaf(name, text);
        }
    }

    void leaf(String name, long value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(Long.toString(value));
        w.writeEndElement();
    }

    /** Booleans as "1"/"0", the form CWMP peers have used since 1.0 (both forms are xsd:boolean). */
    void leaf(String name, boolean value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value ? "1" : "0");
        w.writeEndElement();
    }

    /** Starts a SOAP-encoded array element, e.g. {@code arrayType="cwmp:ParameterValueStruct[3]"}. */
    void startArray(String name, String itemType, int count) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeAttribute(ENC, SOAP_ENC, "arrayType", itemType + "[" + count + "]");
    }

    /** A string array ({@code xsd:string[n]}) whose items are {@code <string>} elements. */
    void stringArray(String name, Collection<String> items) throws XMLStreamException {
        startArray(name, "xsd:string", items.size());
        for (String item : items) {
            leaf("string", item);
        }
        end();
    }

    /** A {@code Value} element with {@code xsi:type} from the value's CWMP type. */
    void value(String value, String type) throws XMLStreamException {
        w.writeStartElement("Value");
        w.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type", xsiType(type));
        text(value);
        w.writeEndElement();
    }

    /** {@code xsd:<type>}; the data model's {@code base64} is XML Schema's {@code base64Binary}. */
    static String xsiType(String type) {
        // after the last colon: a type read from "a:b:unsignedLong" (no valid QName) is "unsignedLong"
        // here as in Values.typeName, so an envelope survives decode, encode, decode unchanged
        String local = type == null ? "" : type.substring(type.lastIndexOf(':') + 1);
        switch (local) {
            case "":
                return "xsd:string";
            case "base64":
                return "xsd:base64Binary";
            case "string":
                return "xsd:string";
            case "unsignedInt":
                return "xsd:unsignedInt";
            case "boolean":
                return "xsd:boolean";
            case "dateTime":
                return "xsd:dateTime";
            default:
                return "xsd:" + local;
        }
    }

    /**
     * Writes text so that it survives the trip: characters XML 1.0 cannot carry become U+FFFD,
     * and CR is written as a character reference (a parser would otherwise turn it into LF).
     */
    void text(String s) throws XMLStreamException {
        int n = s.length();
        int i = 0;
        while (i < n && plain(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            w.writeCharacters(s);
            return;
        }
        StringBuilder run = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            char ch = s.charAt(k);
            if (plain(ch)) {
                run.append(ch);
            } else if (ch == '\r') {
                w.writeCharacters(run.toString());
                run.setLength(0);
                w.writeEntityRef("#13");
            } else if (Character.isHighSurrogate(ch) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) {
                run.append(ch).append(s.charAt(++k));
            } else if (ch == '\t' || ch == '\n') {
                run.append(ch);
            } else {
                run.append('\uFFFD');
            }
        }
        w.writeCharacters(run.toString());
    }

    static boolean plain(char ch) {
        return ch >= 0x20 ? ch < 0xD800 || (ch >= 0xE000 && ch <= 0xFFFD) : ch == '\n' || ch == '\t';
    }
}
