package org.homegw.datamodel.definitions;

/**
 * A {@code <size>} facet: allowed length of a string (characters) or of a base64/hexBinary value
 * (bytes after decoding, per TR-106). When a syntax has several sizes, a value must satisfy one of them.
 *
 * @param minLength minimum length, or null when not restricted
 * @param maxLength maximum length, or null when not restricted
 */
public record Size(Long minLength, Long maxLength) {

    /** True if {@code length} lies inside this size. */
    public boolean contains(long length) {
        return (minLength == null || length >= minLength) && (maxLength == null || length <= maxLength);
    }
}
