package org.homegw.datamodel.internal.store;

import java.util.List;

/** Attributes the ACS set on one parameter: notification and access list. */
public record PersistedAttributes(int notification, List<String> accessList) {
    public PersistedAttributes {
        accessList = List.copyOf(accessList);
    }
}
