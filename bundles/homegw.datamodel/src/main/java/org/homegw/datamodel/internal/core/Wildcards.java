package org.homegw.datamodel.internal.core;

import java.util.ArrayList;
import java.util.List;

import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.path.ResolvedPath;

/**
 * Instance wildcards in GetParameterValues (CWMP 1.4, ManagementServer.InstanceWildcardsSupported):
 * a "*" segment where an instance number belongs stands for every existing instance, e.g.
 * "Device.IP.Interface.*.Status". A wildcard path that fits the definitions but matches nothing
 * yields no values rather than a fault.
 */
final class Wildcards {

    private static final String STAR = "*";

    private Wildcards() {
    }

    static boolean has(String path) {
        return path.startsWith(STAR + ".") || path.contains("." + STAR + ".") || path.endsWith("." + STAR);
    }

    /** True when the path is well-formed with every "*" in an instance-number position. */
    static boolean fits(String path, PathResolver resolver) {
        if (path.endsWith("." + STAR)) {
            return false;
        }
        return resolver.resolve(path.replace("." + STAR + ".", ".1.")) != null;
    }

    /** The concrete paths a wildcard path stands for now, in instance order. */
    static List<String> expand(String path, PathResolver resolver, TreeAccess access) {
        List<String> out = new ArrayList<>();
        expandInto(path, resolver, access, out);
        return out;
    }

    private static void expandInto(String path, PathResolver resolver, TreeAccess access, List<String> out) {
        int star = path.indexOf("." + STAR + ".");
        if (star < 0) {
            out.add(path);
            return;
        }
        String tablePath = path.substring(0, star + 1);
        ResolvedPath table = resolver.resolve(tablePath);
        if (table == null || !access.exists(table)) {
            return;
        }
        String rest = path.substring(star + 3);
        for (String instance : access.instancePaths(tablePath)) {
            expandInto(instance + rest, resolver, access, out);
        }
    }
}
