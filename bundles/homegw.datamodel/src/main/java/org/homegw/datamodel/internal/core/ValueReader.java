package org.homegw.datamodel.internal.core;

import java.util.ArrayList;
import java.util.List;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.api.ValueSink;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.path.ResolvedPath;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;

/**
 * GetParameterValues: every path is checked before anything is sent (9005 for a name that is
 * malformed, undefined, not present or not served), then values stream to the sink in request order.
 * Hidden and secured parameters read as "" everywhere the ACS can see them; only the single-value
 * read the device's own components use ({@link #getValue(String, boolean)}) gets the real value.
 */
final class ValueReader {

    private final SchemaTree tree;
    private final PathResolver resolver;
    private final TreeAccess access;
    private final TreeWalker walker;
    private final String wildcardsSupported;
    /**
     * The forcedInform parameters of the (immutable) schema, in tree order: found once, because
     * walking all ~1,100 objects for every Inform was the largest CPU cost of a session.
     */
    private final List<ForcedParam> forced = new ArrayList<>();

    ValueReader(SchemaTree tree, PathResolver resolver, TreeAccess access, TreeWalker walker) {
        this.tree = tree;
        this.resolver = resolver;
        this.access = access;
        this.walker = walker;
        this.wildcardsSupported = tree.root() + "ManagementServer.InstanceWildcardsSupported";
        for (ObjectSchema object : tree.objects()) {
            for (ParamSchema p : TreeAccess.liveParams(object)) {
                if (p.forcedInform()) {
                    forced.add(new ForcedParam(object.path(), p));
                }
            }
        }
    }

    private record ForcedParam(String objectPath, ParamSchema param) {
    }

    Outcome<Integer> getValues(List<String> paths, ValueSink sink) {
        List<Object> plan = new ArrayList<>(paths.size());
        for (String path : paths) {
            String p = path == null || path.isEmpty() ? tree.root() : path;
            if (Wildcards.has(p)) {
                if (!wildcardsEnabled() || !Wildcards.fits(p, resolver)) {
                    return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Invalid parameter name: " + path);
                }
                for (String concrete : Wildcards.expand(p, resolver, access)) {
                    planPresent(concrete, plan);
                }
                continue;
            }
            ResolvedPath resolved = resolver.resolve(p);
            if (resolved == null || !access.exists(resolved)) {
                return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Invalid parameter name: " + path);
            }
            if (resolved instanceof ResolvedPath.ParamNode node) {
                ReadValue value = access.read(node.objectPath(), node.param());
                if (value == null) {
                    return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Parameter not supported: " + path);
                }
                plan.add(toValue(node.path(), node.param(), value));
            } else {
                plan.add(resolved);
            }
        }
        int[] count = {0};
        TreeWalker.Visitor visitor = (path, schema, value) -> {
            sink.accept(toValue(path, schema, value));
            count[0]++;
        };
        for (Object step : plan) {
            if (step instanceof ParameterValue value) {
                sink.accept(value);
                count[0]++;
            } else if (step instanceof ResolvedPath.ObjectNode node) {
                walker.walkObject(node.path(), node.schema(), visitor);
            } else if (step instanceof ResolvedPath.TableNode node) {
                walker.walkTable(node.path(), node.instanceSchema(), visitor);
            }
        }
        return Outcome.success(count[0]);
    }

    /** A path a wildcard matched: planned when it exists and is served, silently dropped otherwise. */
    private void planPresent(String path, List<Object> plan) {
        ResolvedPath resolved = resolver.resolve(path);
        if (resolved == null || !access.exists(resolved)) {
            return;
        }
        if (resolved instanceof ResolvedPath.ParamNode node) {
            ReadValue value = access.read(node.objectPath(), node.param());
            if (value != null) {
                plan.add(toValue(node.path(), node.param(), value));
            }
        } else {
            plan.add(resolved);
        }
    }

    private boolean wildcardsEnabled() {
        Outcome<ParameterValue> flag = getValue(wildcardsSupported);
        return flag.isSuccess() && "true".equals(flag.value().value());
    }

    /** One value as the ACS may see it: hidden and secured parameters read "". */
    Outcome<ParameterValue> getValue(String path) {
        return getValue(path, true);
    }

    /** One value; {@code masked} false gives the device's own components the real hidden/secured value. */
    Outcome<ParameterValue> getValue(String path, boolean masked) {
        ResolvedPath resolved = resolver.resolve(path);
        if (!(resolved instanceof ResolvedPath.ParamNode node) || !access.exists(resolved)) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Invalid parameter name: " + path);
        }
        ReadValue value = access.read(node.objectPath(), node.param());
        if (value == null) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Parameter not supported: " + path);
        }
        ParameterValue v = toValue(path, node.param(), value);
        return Outcome.success(masked ? v : new ParameterValue(v.path(), value.value(), v.type()));
    }

    /** Every supported forcedInform parameter (instances included), in tree order. */
    List<ParameterValue> forcedInformValues() {
        List<ParameterValue> out = new ArrayList<>();
        for (ForcedParam f : forced) {
            for (String objectPath : ConcretePaths.expand(f.objectPath(), access)) {
                ReadValue value = access.read(objectPath, f.param());
                if (value != null) {
                    out.add(toValue(objectPath + f.param().name(), f.param(), value));
                }
            }
        }
        return out;
    }

    static ParameterValue toValue(String path, ParamSchema schema, ReadValue value) {
        return new ParameterValue(path, schema.readsEmpty() ? "" : value.value(), schema.syntax().baseType());
    }
}
