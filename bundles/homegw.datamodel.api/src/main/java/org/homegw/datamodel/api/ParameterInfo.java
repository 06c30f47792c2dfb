package org.homegw.datamodel.api;

/** One entry of a GetParameterNames answer: an object path (ending in ".") or a parameter path. */
public record ParameterInfo(String path, boolean writable) {
}
