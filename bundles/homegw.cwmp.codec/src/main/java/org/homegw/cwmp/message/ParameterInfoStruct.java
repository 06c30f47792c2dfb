package org.homegw.cwmp.message;

import java.util.Objects;

/** One entry of a GetParameterNamesResponse: a parameter or object path and whether it is writable. */
public record ParameterInfoStruct(String name, boolean writable) {
    public ParameterInfoStruct {
        Objects.requireNonNull(name, "name");
    }
}
