package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** Reads the values of full or partial parameter paths. */
public record GetParameterValues(List<String> parameterNames) implements CwmpRequest {
    public GetParameterValues {
        parameterNames = List.copyOf(Objects.requireNonNull(parameterNames, "parameterNames"));
    }
}
