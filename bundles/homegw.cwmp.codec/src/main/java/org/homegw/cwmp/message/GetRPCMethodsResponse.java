package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** The methods a peer supports. */
public record GetRPCMethodsResponse(List<String> methodList) implements CwmpResponse {
    public GetRPCMethodsResponse {
        methodList = List.copyOf(Objects.requireNonNull(methodList, "methodList"));
    }
}
