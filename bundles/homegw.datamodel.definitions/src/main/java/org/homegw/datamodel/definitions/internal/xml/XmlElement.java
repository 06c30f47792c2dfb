package org.homegw.datamodel.definitions.internal.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed XML element reduced to what the definitions need: local name, attributes (local names,
 * values trimmed except where noted), children and source line. Text content and descriptions are dropped.
 */
final class XmlElement {

    final String name;
    final Map<String, String> attributes;
    final List<XmlElement> children = new ArrayList<>();
    final int line;

    XmlElement(String name, Map<String, String> attributes, int line) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
    }

    /** Attribute value, or null when absent. */
    String attr(String name) {
        return attributes.get(name);
    }

    /** Attribute value, or {@code fallback} when absent. */
    String attr(String name, String fallback) {
        String v = attributes.get(name);
        return v == null ? fallback : v;
    }

    /** The first child with this local name, or null. */
    XmlElement child(String name) {
        for (XmlElement c : children) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** All children with this local name. */
    List<XmlElement> children(String name) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "<" + name + " " + attributes + "> line " + line;
    }
}
