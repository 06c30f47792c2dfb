package org.homegw.datamodel.api;

/**
 * OSGi EventAdmin topics the registry posts, for listeners such as the CWMP session engine.
 */
public final class DataModelEvents {
    /** A parameter with active notification changed; property {@link #PATH} names it. */
    public static final String TOPIC_ACTIVE_CHANGE = "org/homegw/datamodel/ACTIVE_CHANGE";
    /** A parameter value was changed through the registry; property {@link #PATH} names it. */
    public static final String TOPIC_VALUE_CHANGED = "org/homegw/datamodel/VALUE_CHANGED";
    public static final String PATH = "path";

    private DataModelEvents() {
    }
}
