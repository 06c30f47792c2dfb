package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** The attributes of the requested parameters. */
public record GetParameterAttributesResponse(List<ParameterAttributeStruct> parameterList)
        implements CwmpResponse {
    public GetParameterAttributesResponse {
        parameterList = List.copyOf(Objects.requireNonNull(parameterList, "parameterList"));
    }
}
