package org.homegw.datamodel.internal.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.homegw.datamodel.api.ActiveNotificationListener;
import org.homegw.datamodel.api.AddedObject;
import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterAttributes;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.api.ValueSink;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.store.StateStore;
import org.homegw.datamodel.internal.value.ValueCodec;
import org.homegw.datamodel.spi.ChangeSink;

/**
 * The {@link DataModel} service without OSGi: definitions in a {@link SchemaTree}, providers in a
 * {@link ProviderTable} (which may change at any time), state in a {@link StateStore}. Reads run
 * concurrently; operations that change the tree run one at a time.
 */
public final class DataModelRegistry implements DataModel {

    private static final System.Logger LOG = System.getLogger(DataModelRegistry.class.getName());

    private final SchemaTree tree;
    private final ProviderTable providers;
    private final ValueReader reader;
    private final NameReader names;
    private final ValueWriter writer;
    private final AttributeService attributes;
    private final ObjectService objects;
    private final NotificationTracker tracker;
    private final PathResolver resolver;
    private final TreeAccess access;
    private final AliasAddressing aliases;
    private final ReentrantLock mutations = new ReentrantLock();

    public DataModelRegistry(SchemaTree tree, ProviderTable providers, StateStore store,
                             Supplier<Collection<ActiveNotificationListener>> listeners, ChangeEvents events) {
        this.tree = tree;
        this.providers = providers;
        ValueCodec codec = new ValueCodec();
        this.resolver = new PathResolver(tree);
        this.access = new TreeAccess(tree, providers, codec);
        TreeWalker walker = new TreeWalker(tree, access);
        this.tracker = new NotificationTracker(tree, resolver, store, access, listeners, events);
        this.reader = new ValueReader(tree, resolver, access, walker);
        this.names = new NameReader(tree, resolver, access, walker);
        this.writer = new ValueWriter(resolver, access, codec, store, tracker);
        this.attributes = new AttributeService(resolver, access, walker, store, tracker);
        this.objects = new ObjectService(resolver, access, store, tracker);
        this.aliases = new AliasAddressing(tree.root(), resolver, access, reader);
        providers.onAdded(this::attach);
        providers.onRemoved(r -> attach(r, null));
        for (ProviderRegistration r : providers.all()) {
            attach(r);
        }
    }

    private void attach(ProviderRegistration registration) {
        attach(registration, tracker::valuesChanged);
        tracker.providerArrived(path -> registration.matchLength(path) >= 0, path -> {
            Outcome<ParameterValue> v = reader.getValue(path);
            return v.isSuccess() ? v.value().value() : null;
        });
    }

    private static void attach(ProviderRegistration registration, ChangeSink sink) {
        try {
            registration.provider().attach(sink);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "provider " + registration.provider().getClass().getName()
                    + " failed to take its change sink", e);
        }
    }

    /** Detaches every provider; the registry is not used afterwards. */
    public void close() {
        for (ProviderRegistration r : providers.all()) {
            attach(r, null);
        }
    }

    public SchemaTree tree() {
        return tree;
    }

    public NotificationTracker notifications() {
        return tracker;
    }

    @Override
    public String rootObject() {
        return tree.root();
    }

    @Override
    public Outcome<Integer> getValues(List<String> paths, ValueSink sink) {
        return reader.getValues(addressed(paths), sink);
    }

    @Override
    public Outcome<ParameterValue> getValue(String parameterPath) {
        // the device's own read (CWMP client, connection requests need the real passwords)
        return reader.getValue(addressed(parameterPath), false);
    }

    @Override
    public Outcome<List<ParameterInfo>> getNames(String path, boolean nextLevel) {
        return names.getNames(addressed(path), nextLevel);
    }

    @Override
    public Outcome<Integer> setValues(List<ParameterValue> values, String parameterKey, Caller caller) {
        if (values == null || values.stream().noneMatch(v -> v != null && AliasAddressing.has(v.path()))) {
            return locked(() -> writer.setValues(values, parameterKey, caller));
        }
        Map<String, String> original = new HashMap<>();
        List<ParameterValue> translated = new ArrayList<>(values.size());
        for (ParameterValue v : values) {
            String path = v == null ? null : addressed(v.path());
            if (v != null && !path.equals(v.path())) {
                original.put(path, v.path());
                v = new ParameterValue(path, v.value(), v.type());
            }
            translated.add(v);
        }
        Outcome<Integer> result = locked(() -> writer.setValues(translated, parameterKey, caller));
        CwmpFault fault = result.faultOrNull();
        if (fault == null || fault.parameterFaults().isEmpty()) {
            return result;
        }
        List<CwmpFault.ParameterFault> named = new ArrayList<>();
        for (CwmpFault.ParameterFault pf : fault.parameterFaults()) {
            named.add(new CwmpFault.ParameterFault(original.getOrDefault(pf.parameterName(), pf.parameterName()),
                    pf.code(), pf.message()));
        }
        return Outcome.failure(new CwmpFault(fault.code(), fault.message(), named));
    }

    @Override
    public Outcome<List<ParameterAttributes>> getAttributes(List<String> paths) {
        return attributes.getAttributes(addressed(paths));
    }

    @Override
    public Outcome<Void> setAttributes(List<AttributeChange> changes) {
        List<AttributeChange> translated = new ArrayList<>(changes.size());
        for (AttributeChange c : changes) {
            translated.add(c == null || !AliasAddressing.has(c.path()) ? c : new AttributeChange(addressed(c.path()),
                    c.notificationChange(), c.notification(), c.accessListChange(), c.accessList()));
        }
        return locked(() -> attributes.setAttributes(translated));
    }

    @Override
    public Outcome<AddedObject> addObject(String tablePath, String parameterKey, Caller caller) {
        String alias = tablePath == null ? null : AliasAddressing.trailingAlias(tablePath);
        if (alias == null || !aliases.enabled()) {
            return locked(() -> {
                String table = addressed(tablePath);
                Outcome<AddedObject> added = objects.addObject(table, parameterKey, caller);
                if (added.isSuccess()) {
                    nameNewInstance(table, added.value().instanceNumber());
                }
                return added;
            });
        }
        return locked(() -> addWithAlias(addressed(AliasAddressing.tableOf(tablePath)), alias, parameterKey, caller));
    }

    /** AddObject of "X.[alias].": a new instance whose Alias is set in the same step, or nothing. */
    private Outcome<AddedObject> addWithAlias(String table, String alias, String parameterKey, Caller caller) {
        if (aliases.aliasParam(table) == null || aliases.instanceWithAlias(table, alias) != null) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Alias [" + alias + "] unusable in " + table);
        }
        Outcome<AddedObject> added = objects.addObject(table, null, caller);
        if (!added.isSuccess()) {
            return added;
        }
        String instance = table + added.value().instanceNumber() + ".";
        Outcome<Integer> named = writer.setValues(List.of(ParameterValue.untyped(instance + "Alias", alias)),
                parameterKey, Caller.LOCAL);
        if (!named.isSuccess()) {
            objects.deleteObject(instance, null, Caller.LOCAL);
            CwmpFault f = named.faultOrNull();
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Alias [" + alias + "] refused: "
                    + (f.parameterFaults().isEmpty() ? f.message() : f.parameterFaults().get(0).message()));
        }
        return Outcome.success(new AddedObject(added.value().instanceNumber(),
                Math.max(added.value().status(), named.value())));
    }

    /** TR-069: an instance created without an alias gets a CPE-assigned one, "cpe-<n>". */
    private void nameNewInstance(String table, long number) {
        ParamSchema aliasParam = aliases.aliasParam(table);
        String instance = table + number + ".";
        ReadValue current = aliasParam == null ? null : access.read(instance, aliasParam);
        if (current == null || !current.value().isEmpty()) {
            return;
        }
        Outcome<Integer> named = writer.setValues(List.of(ParameterValue.untyped(instance + "Alias", "cpe-" + number)),
                null, Caller.LOCAL);
        if (!named.isSuccess()) {
            LOG.log(System.Logger.Level.WARNING, "cannot give {0} its alias: {1}", instance, named.faultOrNull());
        }
    }

    @Override
    public Outcome<Integer> deleteObject(String instancePath, String parameterKey, Caller caller) {
        return locked(() -> objects.deleteObject(addressed(instancePath), parameterKey, caller));
    }

    private String addressed(String path) {
        if (!AliasAddressing.has(path) || !aliases.enabled()) {
            return path;
        }
        String translated = aliases.translate(path);
        return translated == null ? path : translated;
    }

    private List<String> addressed(List<String> paths) {
        if (paths.stream().noneMatch(AliasAddressing::has)) {
            return paths;
        }
        List<String> out = new ArrayList<>(paths.size());
        for (String p : paths) {
            out.add(addressed(p));
        }
        return out;
    }

    @Override
    public Optional<String> typeOf(String parameterPath) {
        Outcome<ParameterValue> value = reader.getValue(parameterPath);
        return value.isSuccess() ? Optional.of(value.value().type()) : Optional.empty();
    }

    @Override
    public List<ParameterValue> forcedInformValues() {
        List<ParameterValue> values = reader.forcedInformValues();
        tracker.informing(values);
        return values;
    }

    @Override
    public List<ParameterValue> changedValues() {
        List<ParameterValue> out = new ArrayList<>();
        for (String path : tracker.changedPaths()) {
            Outcome<ParameterValue> value = reader.getValue(path);
            if (value.isSuccess()) {
                out.add(value.value());
            }
        }
        tracker.informing(out);
        return out;
    }

    @Override
    public void clearChanged() {
        tracker.clearChanged();
    }

    private <T> T locked(Supplier<T> operation) {
        mutations.lock();
        try {
            return operation.get();
        } finally {
            mutations.unlock();
        }
    }
}
