package org.homegw.datamodel.definitions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a vendor model adds to the standard model it extends, as a small model of its own: the form a
 * bundle carries in {@code OSGI-INF/homegw/datamodel/*.dmdefs} so the gateway can merge it at run time
 * (see docs/vendor-kit.md). The result holds the objects and parameters the vendor model defines
 * beyond the base, plus, without their parameters, the base objects they sit in (so every object has
 * its parent); its models are the vendor models only.
 *
 * <p>A definitions file a bundle contributes may only add: a vendor model that modifies a base
 * definition ({@code <object base=...>} or {@code <parameter base=...>} with changed facts) is refused
 * here, at build time, rather than by the gateway later.
 */
public final class VendorAdditions {

    private VendorAdditions() {
    }

    /**
     * The additions of {@code extended} (a vendor model read with {@code base} as its base, so it holds
     * all of the base too) over {@code base}.
     *
     * @throws DefinitionsException if the two have different root objects, {@code extended} adds nothing,
     *                              or it changes a definition of the base (named in the message)
     */
    public static DataModelDefinitions of(DataModelDefinitions base, DataModelDefinitions extended)
            throws DefinitionsException {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(extended, "extended");
        if (base.root() == null || extended.root() == null || !base.root().path().equals(extended.root().path())) {
            throw new DefinitionsException(extended.name() + " does not extend the root object of " + base.name());
        }
        Set<String> holders = new LinkedHashSet<>();
        List<ParameterDefinition> params = new ArrayList<>();
        for (ObjectDefinition o : extended.objects()) {
            ObjectDefinition known = base.object(o.path()).orElse(null);
            if (known == null) {
                holders.add(o.path());
            } else if (!known.equals(o)) {
                throw new DefinitionsException(extended.name() + " changes the definition of " + o.path()
                        + "; bundle definitions may only add objects and parameters");
            }
            for (ParameterDefinition p : extended.parametersOf(o.path())) {
                ParameterDefinition knownParam = base.parameter(p.path()).orElse(null);
                if (knownParam == null) {
                    params.add(p);
                    holders.add(o.path());
                } else if (!knownParam.equals(p)) {
                    throw new DefinitionsException(extended.name() + " changes the definition of " + p.path()
                            + "; bundle definitions may only add objects and parameters");
                }
            }
        }
        if (holders.isEmpty()) {
            throw new DefinitionsException(extended.name() + " adds nothing to " + base.name());
        }
        Set<String> withAncestors = new LinkedHashSet<>();
        for (String path : holders) {
            addAncestors(path, extended, withAncestors);
        }
        List<ObjectDefinition> objects = new ArrayList<>();
        for (ObjectDefinition o : extended.objects()) {
            if (withAncestors.contains(o.path())) {
                objects.add(o);
            }
        }
        List<ModelInfo> models = new ArrayList<>();
        for (ModelInfo m : extended.models()) {
            if (base.models().stream().noneMatch(b -> b.name().equals(m.name()))) {
                models.add(m);
            }
        }
        if (models.isEmpty()) {
            throw new DefinitionsException(extended.name() + " names no model of its own");
        }
        return new DataModelDefinitions(models, objects, params, usedTypes(extended, params));
    }

    private static void addAncestors(String path, DataModelDefinitions model, Set<String> out) {
        if (path.isEmpty() || out.contains(path)) {
            return;
        }
        ObjectDefinition o = model.object(path).orElse(null);
        if (o == null) {
            return;
        }
        addAncestors(o.parentPath(), model, out);
        out.add(path);
    }

    /** The named data types the added parameters refer to. */
    private static Map<String, DataTypeDefinition> usedTypes(DataModelDefinitions model,
                                                             List<ParameterDefinition> params) {
        Map<String, DataTypeDefinition> out = new LinkedHashMap<>();
        for (ParameterDefinition p : params) {
            String name = p.syntax().dataType();
            if (name != null) {
                model.dataType(name).ifPresent(t -> out.putIfAbsent(t.name(), t));
            }
        }
        return out;
    }
}
