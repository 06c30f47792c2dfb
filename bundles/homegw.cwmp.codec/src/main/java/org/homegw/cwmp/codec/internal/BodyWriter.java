package org.homegw.cwmp.codec.internal;

import javax.xml.stream.XMLStreamException;

/** Writes one message type as a SOAP body element. */
@FunctionalInterface
interface BodyWriter<T> {
    void write(XmlOut out, T message) throws XMLStreamException;
}
