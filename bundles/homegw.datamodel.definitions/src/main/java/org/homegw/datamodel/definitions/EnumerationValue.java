package org.homegw.datamodel.definitions;

/**
 * One {@code <enumeration>} value.
 *
 * @param value    the literal value
 * @param access   {@link Access#READ_ONLY} when only the CPE may set it (e.g. {@code Complete} of
 *                 DiagnosticsState): an ACS write of this value is an invalid value
 * @param optional true when a CPE need not support this value
 */
public record EnumerationValue(String value, Access access, boolean optional) {
}
