package org.homegw.datamodel.internal.core;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.path.ResolvedPath;
import org.homegw.datamodel.internal.schema.ParamSchema;

/**
 * Alias-based addressing (CWMP 1.4, ManagementServer.AliasBasedAddressing): "[alias]" in place of
 * an instance number names the instance whose Alias parameter has that value, e.g.
 * "Device.NAT.PortMapping.[web].Enable". Paths are translated to instance numbers before anything
 * else happens; a path whose alias names no instance is left as it is and so fails as an invalid
 * name (9005). Only InstanceMode "InstanceNumber" is offered: answers always carry instance numbers.
 */
final class AliasAddressing {

    private final PathResolver resolver;
    private final TreeAccess access;
    private final ValueReader reader;
    private final String enabledFlag;

    AliasAddressing(String root, PathResolver resolver, TreeAccess access, ValueReader reader) {
        this.resolver = resolver;
        this.access = access;
        this.reader = reader;
        this.enabledFlag = root + "ManagementServer.AliasBasedAddressing";
    }

    static boolean has(String path) {
        return path != null && path.indexOf('[') >= 0;
    }

    boolean enabled() {
        Outcome<ParameterValue> flag = reader.getValue(enabledFlag);
        return flag.isSuccess() && "true".equals(flag.value().value());
    }

    /** The path with every "[alias]" replaced by its instance number, or null when one names nothing. */
    String translate(String path) {
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        while (i < path.length()) {
            int open = path.indexOf('[', i);
            if (open < 0) {
                out.append(path, i, path.length());
                break;
            }
            int close = path.indexOf(']', open);
            if (close < 0 || open == 0 || path.charAt(open - 1) != '.'
                    || close + 1 < path.length() && path.charAt(close + 1) != '.') {
                return null;
            }
            out.append(path, i, open);
            Long number = instanceWithAlias(out.toString(), path.substring(open + 1, close));
            if (number == null) {
                return null;
            }
            out.append(number);
            i = close + 1;
        }
        return out.toString();
    }

    /** The alias an "X.[alias]." AddObject path asks for, or null when the path is not of that form. */
    static String trailingAlias(String path) {
        if (!path.endsWith("].")) {
            return null;
        }
        int open = path.lastIndexOf(".[");
        return open < 0 ? null : path.substring(open + 2, path.length() - 2);
    }

    /** The table part of an "X.[alias]." path: "X.". */
    static String tableOf(String aliasPath) {
        return aliasPath.substring(0, aliasPath.lastIndexOf(".[") + 1);
    }

    /** The Alias parameter definition of a table's instances, or null when it has none. */
    ParamSchema aliasParam(String tablePath) {
        ResolvedPath table = resolver.resolve(tablePath);
        return table instanceof ResolvedPath.TableNode t ? t.instanceSchema().param("Alias") : null;
    }

    Long instanceWithAlias(String tablePath, String alias) {
        ParamSchema aliasParam = aliasParam(tablePath);
        if (aliasParam == null || alias.isEmpty()) {
            return null;
        }
        ResolvedPath table = resolver.resolve(tablePath);
        if (table == null || !access.exists(table)) {
            return null;
        }
        for (Long n : access.instances(tablePath)) {
            ReadValue v = access.read(tablePath + n + ".", aliasParam);
            if (v != null && alias.equals(v.value())) {
                return n;
            }
        }
        return null;
    }
}
