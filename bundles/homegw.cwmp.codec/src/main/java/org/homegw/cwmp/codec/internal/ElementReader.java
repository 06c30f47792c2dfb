package org.homegw.cwmp.codec.internal;

import javax.xml.stream.XMLStreamException;

import org.homegw.cwmp.codec.DecodeException;

/** Reads the element the cursor is on (its start) up to and including its end. */
@FunctionalInterface
interface ElementReader<T> {
    T read(XmlCursor cursor) throws XMLStreamException, DecodeException;
}
