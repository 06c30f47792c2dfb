package org.homegw.datamodel.definitions;

/**
 * A named data type ({@code <dataType name=...>}), e.g. TR-106 {@code IPv4Address} derived from
 * {@code IPAddress}.
 *
 * @param name     the type name
 * @param baseName the data type it derives from, or null when it derives directly from a base type
 * @param syntax   the fully resolved syntax ({@link Syntax#dataType()} equals {@code name})
 */
public record DataTypeDefinition(String name, String baseName, Syntax syntax) {
}
