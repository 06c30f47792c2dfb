package org.homegw.cwmp.codec;

/**
 * Receives parameter values one at a time while a large message is being written (see
 * {@link CwmpEncoder#encodeGetParameterValuesResponse}).
 */
@FunctionalInterface
public interface ValueWriter {
    /**
     * Writes one {@code ParameterValueStruct}.
     *
     * @param name  the full parameter path
     * @param value the value in its canonical string form
     * @param type  the data-model type ({@code string}, {@code unsignedInt}, {@code base64}, …);
     *              written as {@code xsi:type="xsd:<type>"}
     */
    void write(String name, String value, String type);
}
