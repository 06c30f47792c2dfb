package org.homegw.datamodel.internal.schema;

/** The definitions' activeNotify attribute: what the ACS may do with a parameter's notification. */
public enum ActiveNotify {
    /** Any notification value may be set; default off. */
    NORMAL,
    /** Active notification may be refused (9009). */
    CAN_DENY,
    /** Active notification is always on and cannot be changed. */
    FORCE_ENABLED,
    /** Active notification is on by default; the ACS may change it. */
    FORCE_DEFAULT_ENABLED
}
