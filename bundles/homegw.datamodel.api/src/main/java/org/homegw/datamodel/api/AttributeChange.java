package org.homegw.datamodel.api;

import java.util.List;

/** One SetParameterAttributesStruct: a full or partial path and what to change on it. */
public record AttributeChange(String path, boolean notificationChange, int notification,
                              boolean accessListChange, List<String> accessList) {
    public AttributeChange {
        accessList = List.copyOf(accessList);
    }
}
