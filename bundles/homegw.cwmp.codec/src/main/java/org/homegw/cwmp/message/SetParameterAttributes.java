package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** Changes notification and access-list attributes. */
public record SetParameterAttributes(List<SetParameterAttributesStruct> parameterList) implements CwmpRequest {
    public SetParameterAttributes {
        parameterList = List.copyOf(Objects.requireNonNull(parameterList, "parameterList"));
    }
}
