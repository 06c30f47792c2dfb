package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** Reads notification and access-list attributes of full or partial paths. */
public record GetParameterAttributes(List<String> parameterNames) implements CwmpRequest {
    public GetParameterAttributes {
        parameterNames = List.copyOf(Objects.requireNonNull(parameterNames, "parameterNames"));
    }
}
