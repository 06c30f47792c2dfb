package org.homegw.cwmp.message;

import java.util.Objects;

/** The fault of one parameter inside the {@code cwmp:Fault} detail of a failed SetParameterValues. */
public record SetParameterValuesFault(String parameterName, int faultCode, String faultString) {
    public SetParameterValuesFault {
        Objects.requireNonNull(parameterName, "parameterName");
        Objects.requireNonNull(faultString, "faultString");
    }
}
