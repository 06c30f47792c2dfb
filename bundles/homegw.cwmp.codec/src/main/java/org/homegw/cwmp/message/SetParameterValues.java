package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** Sets parameter values atomically; the ParameterKey is stored in ManagementServer.ParameterKey on success. */
public record SetParameterValues(List<ParameterValueStruct> parameterList, String parameterKey)
        implements CwmpRequest {
    public SetParameterValues {
        parameterList = List.copyOf(Objects.requireNonNull(parameterList, "parameterList"));
        Objects.requireNonNull(parameterKey, "parameterKey");
    }
}
