package org.homegw.datamodel.api;

import java.util.List;

/**
 * A parameter's attributes: notification 0 off, 1 passive, 2 active (3-6 lightweight, only where
 * supported) and the access list (only "Subscriber" is defined).
 */
public record ParameterAttributes(String path, int notification, List<String> accessList) {
    public static final int OFF = 0;
    public static final int PASSIVE = 1;
    public static final int ACTIVE = 2;

    public ParameterAttributes {
        accessList = List.copyOf(accessList);
    }
}
