package org.homegw.datamodel.internal.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.path.ResolvedPath;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Status;

/**
 * GetParameterNames. The empty path names the root object. With NextLevel an object lists its
 * direct parameters and child objects (a table lists its instances); without, the path itself and
 * everything below. A parameter path with NextLevel true is 9003. Writable on an object means the
 * ACS may add instances to the table or delete the instance.
 */
final class NameReader {

    private final SchemaTree tree;
    private final PathResolver resolver;
    private final TreeAccess access;
    private final TreeWalker walker;

    NameReader(SchemaTree tree, PathResolver resolver, TreeAccess access, TreeWalker walker) {
        this.tree = tree;
        this.resolver = resolver;
        this.access = access;
        this.walker = walker;
    }

    Outcome<List<ParameterInfo>> getNames(String path, boolean nextLevel) {
        boolean rootRequest = path == null || path.isEmpty();
        if (rootRequest && nextLevel) {
            return Outcome.success(List.of(new ParameterInfo(tree.root(), false)));
        }
        ResolvedPath resolved = resolver.resolve(rootRequest ? tree.root() : path);
        if (resolved == null || !access.exists(resolved)) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Invalid parameter name: " + path);
        }
        List<ParameterInfo> out = new ArrayList<>();
        if (resolved instanceof ResolvedPath.ParamNode node) {
            if (nextLevel) {
                return Outcome.failure(CwmpFault.INVALID_ARGUMENTS, "NextLevel must be false for a parameter: " + path);
            }
            if (access.read(node.objectPath(), node.param()) == null) {
                return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Parameter not supported: " + path);
            }
            out.add(new ParameterInfo(node.path(), node.param().writable()));
        } else if (resolved instanceof ResolvedPath.ObjectNode node) {
            if (nextLevel) {
                children(node.path(), node.schema(), out);
            } else {
                walker.walkObject(node.path(), node.schema(), allNames(out));
            }
        } else if (resolved instanceof ResolvedPath.TableNode node) {
            if (nextLevel) {
                for (String instance : access.instancePaths(node.path())) {
                    out.add(new ParameterInfo(instance, node.instanceSchema().writable()));
                }
            } else {
                walker.walkTable(node.path(), node.instanceSchema(), allNames(out));
            }
        }
        return Outcome.success(out);
    }

    private void children(String path, ObjectSchema schema, List<ParameterInfo> out) {
        Map<String, ReadValue> values = access.readObject(path, schema);
        for (String name : values.keySet()) {
            out.add(new ParameterInfo(path + name, schema.param(name).writable()));
        }
        for (ObjectSchema child : tree.children(schema.path())) {
            String childPath = path + TreeWalker.segment(child) + ".";
            if (child.status() != Status.DELETED && access.reaches(childPath)) {
                out.add(new ParameterInfo(childPath, child.isTable() && child.writable()));
            }
        }
    }

    private static TreeWalker.Visitor allNames(List<ParameterInfo> out) {
        return new TreeWalker.Visitor() {
            @Override
            public boolean object(String path, ObjectSchema schema) {
                out.add(new ParameterInfo(path, schema.isTable() && schema.writable()));
                return true;
            }

            @Override
            public void table(String tablePath, ObjectSchema instanceSchema) {
                out.add(new ParameterInfo(tablePath, instanceSchema.writable()));
            }

            @Override
            public void parameter(String path, ParamSchema schema, ReadValue value) {
                out.add(new ParameterInfo(path, schema.writable()));
            }
        };
    }
}
