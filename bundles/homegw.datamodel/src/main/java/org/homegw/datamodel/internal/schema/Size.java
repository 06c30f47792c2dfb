package org.homegw.datamodel.internal.schema;

/** An inclusive length range (characters for strings, decoded bytes for base64/hexBinary); null bounds are open. */
public record Size(Long min, Long max) {

    public boolean contains(long length) {
        return (min == null || length >= min) && (max == null || length <= max);
    }

    @Override
    public String toString() {
        return "(" + (min == null ? "" : min) + ":" + (max == null ? "" : max) + ")";
    }
}
