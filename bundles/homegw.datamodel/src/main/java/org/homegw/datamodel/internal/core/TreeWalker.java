package org.homegw.datamodel.internal.core;

import java.util.Map;

import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Status;

/**
 * Visits the live tree below an object in tree order: the object's supported parameters first, then
 * its child objects (tables as their existing instances), depth first. Objects no provider reaches
 * are skipped without asking anyone.
 */
final class TreeWalker {

    /** What a walk reports. */
    interface Visitor {
        /** An object about to be descended into; answer false to skip its subtree. */
        default boolean object(String path, ObjectSchema schema) {
            return true;
        }

        /** A table (path without instance number) about to be listed. */
        default void table(String tablePath, ObjectSchema instanceSchema) {
        }

        void parameter(String path, ParamSchema schema, ReadValue value);
    }

    private final SchemaTree tree;
    private final TreeAccess access;

    TreeWalker(SchemaTree tree, TreeAccess access) {
        this.tree = tree;
        this.access = access;
    }

    /** The root object path, e.g. "Device.". */
    String root() {
        return tree.root();
    }

    /** Walks an existing object instance (or single object) and everything below it. */
    void walkObject(String path, ObjectSchema schema, Visitor visitor) {
        if (!visitor.object(path, schema)) {
            return;
        }
        Map<String, ReadValue> values = access.readObject(path, schema);
        for (Map.Entry<String, ReadValue> e : values.entrySet()) {
            visitor.parameter(path + e.getKey(), schema.param(e.getKey()), e.getValue());
        }
        for (ObjectSchema child : tree.children(schema.path())) {
            if (child.status() == Status.DELETED) {
                continue;
            }
            String childPath = path + segment(child) + ".";
            if (!access.reaches(childPath)) {
                continue;
            }
            if (child.isTable()) {
                walkTable(childPath, child, visitor);
            } else {
                walkObject(childPath, child, visitor);
            }
        }
    }

    /** Walks a table: reports it, then each existing instance. */
    void walkTable(String tablePath, ObjectSchema instanceSchema, Visitor visitor) {
        visitor.table(tablePath, instanceSchema);
        for (String instance : access.instancePaths(tablePath)) {
            walkObject(instance, instanceSchema, visitor);
        }
    }

    /** The last name of an object definition: "PortMapping" for "Device.NAT.PortMapping.{i}.". */
    static String segment(ObjectSchema schema) {
        String p = schema.tablePath();
        int cut = p.lastIndexOf('.', p.length() - 2);
        return p.substring(cut + 1, p.length() - 1);
    }
}
