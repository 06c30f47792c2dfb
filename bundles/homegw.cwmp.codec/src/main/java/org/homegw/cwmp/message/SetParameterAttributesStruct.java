package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** One entry of SetParameterAttributes: which attributes of a parameter (or partial path) to change. */
public record SetParameterAttributesStruct(String name, boolean notificationChange, int notification,
        boolean accessListChange, List<String> accessList) {
    public SetParameterAttributesStruct {
        Objects.requireNonNull(name, "name");
        accessList = List.copyOf(Objects.requireNonNull(accessList, "accessList"));
    }
}
