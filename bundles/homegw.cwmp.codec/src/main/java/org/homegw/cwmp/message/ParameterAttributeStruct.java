package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a GetParameterAttributesResponse: notification (0 off, 1 passive, 2 active, 3-6
 * lightweight in 1.4) and access list.
 */
public record ParameterAttributeStruct(String name, int notification, List<String> accessList) {
    public ParameterAttributeStruct {
        Objects.requireNonNull(name, "name");
        accessList = List.copyOf(Objects.requireNonNull(accessList, "accessList"));
    }
}
