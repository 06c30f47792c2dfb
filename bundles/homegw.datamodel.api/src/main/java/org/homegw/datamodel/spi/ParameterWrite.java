package org.homegw.datamodel.spi;

/** One validated write handed to a provider: full path and the value in canonical form. */
public record ParameterWrite(String path, String value) {
}
