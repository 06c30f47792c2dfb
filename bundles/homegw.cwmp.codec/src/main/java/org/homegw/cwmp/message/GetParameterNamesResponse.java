package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** The names found and whether each is writable. */
public record GetParameterNamesResponse(List<ParameterInfoStruct> parameterList) implements CwmpResponse {
    public GetParameterNamesResponse {
        parameterList = List.copyOf(Objects.requireNonNull(parameterList, "parameterList"));
    }
}
