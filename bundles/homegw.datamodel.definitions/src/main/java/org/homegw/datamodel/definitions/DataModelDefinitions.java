package org.homegw.datamodel.definitions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable definitions of one data model as a device exposes it: a root model (e.g.
 * {@code Device:2.19}) possibly with service models mounted into it ({@code Device.Services.VoiceService.{i}.}),
 * or a single unmounted service model.
 *
 * <p>Objects and parameters are kept in document order and looked up by schema path (instance
 * numbers replaced by {@code {i}}, see {@link SchemaPath#of(String)}). Definitions hold facts only:
 * no description text and no values.
 */
public final class DataModelDefinitions {

    private final List<ModelInfo> models;
    private final List<ObjectDefinition> objects;
    private final List<ParameterDefinition> parameters;
    private final Map<String, DataTypeDefinition> dataTypes;
    private final Map<String, ObjectDefinition> objectsByPath;
    private final Map<String, ParameterDefinition> parametersByPath;
    private final Map<String, List<ParameterDefinition>> parametersByObject;
    private final Map<String, List<ObjectDefinition>> childrenByObject;

    /**
     * Builds a model and its lookup tables.
     *
     * @param models     the contained models, the root model first (at least one)
     * @param objects    objects in document order; paths unique, each with its parent object listed
     *                   (see {@link SchemaPath#parentObject}) unless it is top-level
     * @param parameters parameters in document order; paths unique, each inside a listed object
     * @param dataTypes  named data types by name
     * @throws IllegalArgumentException if a path is duplicated or an object or parameter has no parent
     */
    public DataModelDefinitions(List<ModelInfo> models, List<ObjectDefinition> objects,
            List<ParameterDefinition> parameters, Map<String, DataTypeDefinition> dataTypes) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("a data model needs at least one model name");
        }
        this.models = List.copyOf(models);
        this.objects = List.copyOf(objects);
        this.parameters = List.copyOf(parameters);
        this.dataTypes = Collections.unmodifiableMap(new LinkedHashMap<>(dataTypes));
        Map<String, ObjectDefinition> byPath = new HashMap<>(objects.size() * 2);
        Map<String, List<ObjectDefinition>> children = new HashMap<>();
        for (ObjectDefinition o : this.objects) {
            if (byPath.putIfAbsent(o.path(), o) != null) {
                throw new IllegalArgumentException("object defined twice: " + o.path());
            }
            children.computeIfAbsent(o.parentPath(), k -> new ArrayList<>()).add(o);
        }
        for (ObjectDefinition o : this.objects) {
            String parent = o.parentPath();
            if (!parent.isEmpty() && !byPath.containsKey(parent)) {
                throw new IllegalArgumentException("object " + o.path() + " has no parent object " + parent);
            }
        }
        Map<String, ParameterDefinition> paramsByPath = new HashMap<>(parameters.size() * 2);
        Map<String, List<ParameterDefinition>> byObject = new HashMap<>();
        for (ParameterDefinition p : this.parameters) {
            if (paramsByPath.putIfAbsent(p.path(), p) != null) {
                throw new IllegalArgumentException("parameter defined twice: " + p.path());
            }
            if (!byPath.containsKey(p.objectPath())) {
                throw new IllegalArgumentException("parameter outside any defined object: " + p.path());
            }
            byObject.computeIfAbsent(p.objectPath(), k -> new ArrayList<>()).add(p);
        }
        this.objectsByPath = byPath;
        this.parametersByPath = paramsByPath;
        this.parametersByObject = freeze(byObject);
        this.childrenByObject = freeze(children);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> out = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** The root model's name and version, e.g. {@code Device:2.19}. */
    public String name() {
        return models.get(0).name();
    }

    /** The contained models: the root model first, then mounted service models. */
    public List<ModelInfo> models() {
        return models;
    }

    /** The first object in document order (e.g. {@code Device.} or {@code VoiceService.{i}.}), or null if empty. */
    public ObjectDefinition root() {
        return objects.isEmpty() ? null : objects.get(0);
    }

    /** All objects in document order. */
    public List<ObjectDefinition> objects() {
        return objects;
    }

    /** All parameters in document order. */
    public List<ParameterDefinition> parameters() {
        return parameters;
    }

    /** Named data types by name, in document order. */
    public Map<String, DataTypeDefinition> dataTypes() {
        return dataTypes;
    }

    /** The named data type, if defined. */
    public Optional<DataTypeDefinition> dataType(String name) {
        return Optional.ofNullable(dataTypes.get(name));
    }

    /** The object with this schema path (ending in "."), if defined. */
    public Optional<ObjectDefinition> object(String schemaPath) {
        return Optional.ofNullable(objectsByPath.get(schemaPath));
    }

    /** The parameter with this schema path, if defined. */
    public Optional<ParameterDefinition> parameter(String schemaPath) {
        return Optional.ofNullable(parametersByPath.get(schemaPath));
    }

    /**
     * The table whose instances live under {@code tablePath} (e.g. {@code Device.WiFi.SSID.} gives the
     * definition {@code Device.WiFi.SSID.{i}.}), if that is a defined table. {@code tablePath} may hold
     * instance numbers ({@code Device.IP.Interface.1.IPv4Address.}).
     */
    public Optional<ObjectDefinition> table(String tablePath) {
        return object(SchemaPath.of(tablePath) + SchemaPath.INSTANCE + ".");
    }

    /** The object definition for an instance path ({@code Device.WiFi.SSID.3.}), if defined. */
    public Optional<ObjectDefinition> objectAt(String instancePath) {
        return object(SchemaPath.of(instancePath));
    }

    /** The parameter definition for an instance path ({@code Device.WiFi.SSID.3.SSID}), if defined. */
    public Optional<ParameterDefinition> parameterAt(String instancePath) {
        return parameter(SchemaPath.of(instancePath));
    }

    /** The parameters directly inside the object {@code objectPath}, in document order (empty if none). */
    public List<ParameterDefinition> parametersOf(String objectPath) {
        return parametersByObject.getOrDefault(objectPath, List.of());
    }

    /**
     * The objects whose defining parent is {@code objectPath} (see {@link SchemaPath#parentObject}),
     * in document order; {@code ""} gives the top-level objects.
     */
    public List<ObjectDefinition> childObjects(String objectPath) {
        return childrenByObject.getOrDefault(objectPath, List.of());
    }

    /**
     * Returns a new model with {@code service} mounted under {@code mountPoint} (e.g. {@code Device.Services.}):
     * every service path gets the prefix, and the mount object gains each missing
     * {@code numEntriesParameter} of the service's top-level tables (readOnly unsignedInt), as TR-106
     * requires of a Services object.
     *
     * @throws IllegalArgumentException if {@code mountPoint} is not an object of this model, or a
     *                                  mounted path clashes with an existing one
     */
    public DataModelDefinitions mount(DataModelDefinitions service, String mountPoint) {
        Objects.requireNonNull(service, "service");
        if (!objectsByPath.containsKey(mountPoint)) {
            throw new IllegalArgumentException("mount point " + mountPoint + " is not an object of " + name());
        }
        List<ParameterDefinition> counters = new ArrayList<>();
        for (ObjectDefinition top : service.childObjects("")) {
            String counter = top.numEntriesParameter();
            if (counter != null && !parametersByPath.containsKey(mountPoint + counter)) {
                counters.add(new ParameterDefinition(mountPoint + counter, Access.READ_ONLY,
                        Syntax.of(BaseType.UNSIGNED_INT), null, false, ActiveNotify.NORMAL, Status.CURRENT,
                        false, false, false));
            }
        }
        List<ObjectDefinition> newObjects = new ArrayList<>(objects.size() + service.objects.size());
        List<ParameterDefinition> newParams = new ArrayList<>(parameters.size() + service.parameters.size() + 4);
        for (ObjectDefinition o : objects) {
            newObjects.add(o);
        }
        // keep parameters grouped by object in object order, so the counters sit with the mount point
        for (ObjectDefinition o : objects) {
            newParams.addAll(parametersOf(o.path()));
            if (o.path().equals(mountPoint)) {
                newParams.addAll(counters);
            }
        }
        for (ObjectDefinition o : service.objects) {
            newObjects.add(new ObjectDefinition(mountPoint + o.path(), o.access(), o.minEntries(), o.maxEntries(),
                    o.numEntriesParameter(), o.enableParameter(), o.uniqueKeys(), o.status()));
        }
        for (ParameterDefinition p : service.parameters) {
            newParams.add(new ParameterDefinition(mountPoint + p.path(), p.access(), p.syntax(), p.defaultValue(),
                    p.forcedInform(), p.activeNotify(), p.status(), p.hidden(), p.secured(), p.command()));
        }
        List<ModelInfo> newModels = new ArrayList<>(models);
        for (ModelInfo m : service.models) {
            newModels.add(new ModelInfo(m.name(), m.spec(), m.service(), mountPoint + m.mountPoint(), m.base()));
        }
        Map<String, DataTypeDefinition> types = new LinkedHashMap<>(dataTypes);
        service.dataTypes.forEach(types::putIfAbsent);
        return new DataModelDefinitions(newModels, newObjects, newParams, types);
    }

    /**
     * This model with a vendor extension merged in: {@code extension} is a model with the same root
     * object (typically a compiled vendor model based on this one, or the vendor XML read with this
     * model as its base). Objects and parameters it defines replace this model's ones of the same
     * path (a vendor may modify a standard definition), the others are added after this model's;
     * what only this model has (e.g. mounted service models) is kept. The extension's models are
     * listed after this model's, so {@link #name()} stays the root model's.
     *
     * @throws IllegalArgumentException if the root objects differ
     */
    public DataModelDefinitions withExtension(DataModelDefinitions extension) {
        Objects.requireNonNull(extension, "extension");
        if (root() == null || extension.root() == null || !root().path().equals(extension.root().path())) {
            throw new IllegalArgumentException(extension.name() + " does not extend the root object of " + name());
        }
        List<ObjectDefinition> newObjects = new ArrayList<>(objects.size() + extension.objects.size());
        for (ObjectDefinition o : objects) {
            newObjects.add(extension.objectsByPath.getOrDefault(o.path(), o));
        }
        for (ObjectDefinition o : extension.objects) {
            if (!objectsByPath.containsKey(o.path())) {
                newObjects.add(o);
            }
        }
        List<ParameterDefinition> newParams = new ArrayList<>(parameters.size() + extension.parameters.size());
        for (ObjectDefinition o : newObjects) {
            for (ParameterDefinition p : parametersOf(o.path())) {
                newParams.add(extension.parametersByPath.getOrDefault(p.path(), p));
            }
            for (ParameterDefinition p : extension.parametersOf(o.path())) {
                if (!parametersByPath.containsKey(p.path())) {
                    newParams.add(p);
                }
            }
        }
        List<ModelInfo> newModels = new ArrayList<>(models);
        for (ModelInfo m : extension.models) {
            if (newModels.stream().noneMatch(known -> known.name().equals(m.name()))) {
                newModels.add(m);
            }
        }
        Map<String, DataTypeDefinition> types = new LinkedHashMap<>(dataTypes);
        extension.dataTypes.forEach(types::putIfAbsent);
        return new DataModelDefinitions(newModels, newObjects, newParams, types);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DataModelDefinitions other)) {
            return false;
        }
        return models.equals(other.models) && objects.equals(other.objects)
                && parameters.equals(other.parameters) && dataTypes.equals(other.dataTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(models, objects, parameters, dataTypes);
    }

    @Override
    public String toString() {
        return "DataModelDefinitions[" + models + ", " + objects.size() + " objects, "
                + parameters.size() + " parameters]";
    }
}
