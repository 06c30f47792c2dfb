package org.homegw.datamodel.definitions.internal.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DataTypeDefinition;
import org.homegw.datamodel.definitions.ModelInfo;
import org.homegw.datamodel.definitions.ObjectDefinition;
import org.homegw.datamodel.definitions.ParameterDefinition;

/** A model being read: objects in order, each with its parameters in order; may start from a base model. */
final class ModelDraft {

    private final Map<String, ObjectDefinition> objects = new LinkedHashMap<>();
    private final Map<String, Map<String, ParameterDefinition>> parameters = new LinkedHashMap<>();

    /** Starts empty, or as a copy of {@code base} (for a model with {@code base=}). */
    ModelDraft(DataModelDefinitions base) {
        if (base != null) {
            for (ObjectDefinition o : base.objects()) {
                putObject(o);
            }
            for (ParameterDefinition p : base.parameters()) {
                parameters.get(p.objectPath()).put(p.path(), p);
            }
        }
    }

    ObjectDefinition object(String path) {
        return objects.get(path);
    }

    ParameterDefinition parameter(String objectPath, String path) {
        Map<String, ParameterDefinition> ps = parameters.get(objectPath);
        return ps == null ? null : ps.get(path);
    }

    /** Adds or replaces an object (replacing keeps its position and parameters). */
    void putObject(ObjectDefinition o) {
        objects.put(o.path(), o);
        parameters.computeIfAbsent(o.path(), k -> new LinkedHashMap<>());
    }

    /** Adds or replaces a parameter of an object already present. */
    void putParameter(ParameterDefinition p) {
        Map<String, ParameterDefinition> ps = parameters.get(p.objectPath());
        if (ps == null) {
            throw new IllegalArgumentException("parameter " + p.path() + " belongs to object " + p.objectPath()
                    + ", which is not defined");
        }
        ps.put(p.path(), p);
    }

    DataModelDefinitions build(ModelInfo info, Map<String, DataTypeDefinition> dataTypes) {
        List<ParameterDefinition> params = new ArrayList<>();
        for (Map<String, ParameterDefinition> ps : parameters.values()) {
            params.addAll(ps.values());
        }
        return new DataModelDefinitions(List.of(info), new ArrayList<>(objects.values()), params, dataTypes);
    }
}
