package org.homegw.datamodel.internal.path;

import java.util.ArrayList;
import java.util.List;

import org.homegw.datamodel.internal.path.ResolvedPath.InstanceRef;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Status;

/**
 * Matches concrete CWMP paths ("Device.NAT.PortMapping.3.Enable") to their definitions
 * ("Device.NAT.PortMapping.{i}." / Enable). Purely syntactic: whether instance 3 exists is the
 * providers' business. Deleted definitions do not resolve.
 */
public final class PathResolver {

    /** CWMP limits names to string(256). */
    public static final int MAX_PATH_LENGTH = 256;

    private final SchemaTree tree;

    public PathResolver(SchemaTree tree) {
        this.tree = tree;
    }

    /** The definition behind {@code path}, or null when the path is malformed or not defined. */
    public ResolvedPath resolve(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_PATH_LENGTH) {
            return null;
        }
        boolean objectPath = path.endsWith(".");
        String[] segments = (objectPath ? path.substring(0, path.length() - 1) : path).split("\\.", -1);
        int objectSegments = objectPath ? segments.length : segments.length - 1;
        StringBuilder schema = new StringBuilder();
        StringBuilder concrete = new StringBuilder();
        List<InstanceRef> instances = new ArrayList<>();
        for (int i = 0; i < objectSegments; i++) {
            String segment = segments[i];
            if (isInstanceNumber(segment)) {
                ObjectSchema table = tree.object(schema + "{i}.");
                if (i == 0 || table == null) {
                    return null;
                }
                instances.add(new InstanceRef(concrete.toString(), Long.parseLong(segment)));
                schema.append("{i}.");
            } else if (isName(segment)) {
                schema.append(segment).append('.');
            } else {
                return null;
            }
            concrete.append(segment).append('.');
            if (!isKnownPrefix(schema.toString())) {
                return null;
            }
        }
        if (objectPath) {
            return resolveObject(path, schema.toString(), instances);
        }
        String name = segments[segments.length - 1];
        ObjectSchema object = tree.object(schema.toString());
        if (!isName(name) || object == null || object.status() == Status.DELETED) {
            return null;
        }
        ParamSchema param = object.param(name);
        if (param == null || param.status() == Status.DELETED) {
            return null;
        }
        return new ResolvedPath.ParamNode(path, concrete.toString(), object, param, instances);
    }

    private ResolvedPath resolveObject(String path, String schema, List<InstanceRef> instances) {
        // "X.{i}." resolves to an instance, "X." to a single object or, failing that, to the table X.{i}.
        ObjectSchema object = tree.object(schema);
        if (object != null) {
            return object.status() == Status.DELETED ? null : new ResolvedPath.ObjectNode(path, object, instances);
        }
        ObjectSchema table = tree.object(schema + "{i}.");
        if (table != null && table.status() != Status.DELETED) {
            return new ResolvedPath.TableNode(path, table, instances);
        }
        return null;
    }

    private boolean isKnownPrefix(String schema) {
        return tree.object(schema) != null || tree.object(schema + "{i}.") != null;
    }

    static boolean isInstanceNumber(String segment) {
        if (segment.isEmpty() || segment.length() > 10 || segment.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(segment) <= 0xFFFFFFFFL;
    }

    static boolean isName(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        char first = segment.charAt(0);
        if (!(isAsciiLetter(first) || first == '_')) {
            return false;
        }
        for (int i = 1; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
