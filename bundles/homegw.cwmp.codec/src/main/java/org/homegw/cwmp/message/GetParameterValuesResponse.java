package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/**
 * Parameter values with their types. For very large answers use the streaming encoder instead of this
 * record.
 */
public record GetParameterValuesResponse(List<ParameterValueStruct> parameterList) implements CwmpResponse {
    public GetParameterValuesResponse {
        parameterList = List.copyOf(Objects.requireNonNull(parameterList, "parameterList"));
    }
}
