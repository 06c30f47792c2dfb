package org.homegw.cwmp.codec;

/**
 * Bounds the decoder enforces on every input, so that hostile or broken input ends in a
 * {@link DecodeException} instead of exhausting memory or CPU.
 *
 * @param maxBytes        total bytes read from one HTTP body (all envelopes together)
 * @param maxDepth        element nesting depth (the Envelope is at depth 1 or 2: several envelopes
 *                        in one body sit inside a synthetic wrapper element)
 * @param maxElements     elements in one HTTP body
 * @param maxStringLength characters in one text value (a parameter value, a name, …)
 */
public record DecodeLimits(long maxBytes, int maxDepth, int maxElements, int maxStringLength) {

    /**
     * Defaults for a CPE receiving ACS requests: 16 MiB per body, depth 32 (the deepest CWMP
     * structure needs 8), one million elements, 256 Ki characters per value.
     */
    public static final DecodeLimits DEFAULTS = new DecodeLimits(16L << 20, 32, 1_000_000, 256 << 10);

    public DecodeLimits {
        if (maxBytes < 1 || maxDepth < 8 || maxElements < 1 || maxStringLength < 1) {
            throw new IllegalArgumentException("limits too small: " + maxBytes + "/" + maxDepth + "/"
                    + maxElements + "/" + maxStringLength);
        }
    }

    /** These limits with another byte bound (e.g. larger for an ACS reading full-tree answers). */
    public DecodeLimits withMaxBytes(long bytes) {
        return new DecodeLimits(bytes, maxDepth, maxElements, maxStringLength);
    }

    /** These limits with another element bound. */
    public DecodeLimits withMaxElements(int elements) {
        return new DecodeLimits(maxBytes, maxDepth, elements, maxStringLength);
    }
}
