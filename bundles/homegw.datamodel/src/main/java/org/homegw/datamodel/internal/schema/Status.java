package org.homegw.datamodel.internal.schema;

/** Lifecycle status of a definition; deleted items are kept in the files but never served. */
public enum Status {
    CURRENT, DEPRECATED, OBSOLETED, DELETED
}
