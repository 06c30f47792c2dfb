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
 * The {@link DataModel} service without OSGi: definitions in a {@link SchemaTree} (replaced as a whole
 * when bundles contribute or withdraw some, {@link #useDefinitions}), providers in a
 * {@link ProviderTable} (which may change at any time), state in a {@link StateStore}. Reads run
 * concurrently; operations that change the tree run one at a time.
 */
public final class DataModelRegistry implements DataModel {

    private static final System.Logger LOG = System.getLogger(DataModelRegistry.class.getName());

    private final ProviderTable providers;
    private final StateStore store;
    private final ValueCodec codec = new ValueCodec();
    private final NotificationTracker tracker;
    private final ReentrantLock mutations = new ReentrantLock();
    private final SetJournal journal;
    /** The definitions and everything built on them; replaced as a whole when bundles add or withdraw some. */
    private volatile View view;

    /** What depends on the definitions: one consistent set per operation. */
    private record View(SchemaTree tree, PathResolver resolver, TreeAccess access, ValueReader reader,
                        NameReader names, ValueWriter writer, AttributeService attributes, ObjectService objects,
                        AliasAddressing aliases) {
    }

    public DataModelRegistry(SchemaTree tree, ProviderTable providers, StateStore store,
                             Supplier<Collection<ActiveNotificationListener>> listeners, ChangeEvents events) {
        this(tree, providers, store, listeners, events, new SetJournal(null, store));
    }

    /**
     * A registry whose SetParameterValues go through {@code journal}; an interrupted set found there
     * is rolled forward, into each provider as it arrives.
     */
    public DataModelRegistry(SchemaTree tree, ProviderTable providers, StateStore store,
                             Supplier<Collection<ActiveNotificationListener>> listeners, ChangeEvents events,
                             SetJournal journal) {
        this.providers = providers;
        this.store = store;
        this.journal = journal;
        journal.recover();
        PathResolver resolver = new PathResolver(tree);
        TreeAccess access = new TreeAccess(tree, providers, codec);
        this.tracker = new NotificationTracker(tree, resolver, store, access, listeners, events);
        this.view = view(tree, resolver, access);
        providers.onAdded(this::attach);
        providers.onRemoved(r -> attach(r, null));
        for (ProviderRegistration r : providers.all()) {
            attach(r);
        }
        // providers come and go (whiteboard): each arrival may serve journaled writes
        providers.onAdded(r -> locked(() -> {
            journal.replay(providers);
            return null;
        }));
        locked(() -> {
            journal.replay(providers);
            return null;
        });
    }

    private View view(SchemaTree tree, PathResolver resolver, TreeAccess access) {
        TreeWalker walker = new TreeWalker(tree, access);
        ValueReader reader = new ValueReader(tree, resolver, access, walker);
        return new View(tree, resolver, access, reader, new NameReader(tree, resolver, access, walker),
                new ValueWriter(resolver, access, codec, store, tracker, journal),
                new AttributeService(resolver, access, walker, store, tracker),
                new ObjectService(resolver, access, store, tracker),
                new AliasAddressing(tree.root(), resolver, access, reader));
    }

    /**
     * Runs from now on with {@code tree} (the same root object, more or fewer definitions). Operations
     * already running finish with the definitions they started with.
     */
    public void useDefinitions(SchemaTree tree) {
        if (!tree.root().equals(view.tree().root())) {
            throw new IllegalArgumentException("root object " + tree.root() + " instead of " + view.tree().root());
        }
        PathResolver resolver = new PathResolver(tree);
        TreeAccess access = new TreeAccess(tree, providers, codec);
        View next = view(tree, resolver, access);
        tracker.useDefinitions(tree, resolver, access);
        view = next;
    }

    private void attach(ProviderRegistration registration) {
        attach(registration, tracker::valuesChanged);
        tracker.providerArrived(path -> registration.matchLength(path) >= 0, path -> {
            Outcome<ParameterValue> v = view.reader().getValue(path);
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

    /** The definitions in use now. */
    public SchemaTree tree() {
        return view.tree();
    }

    public NotificationTracker notifications() {
        return tracker;
    }

    @Override
    public String rootObject() {
        return view.tree().root();
    }

    @Override
    public Outcome<Integer> getValues(List<String> paths, ValueSink sink) {
        View v = view;
        return v.reader().getValues(addressed(v, paths), sink);
    }

    @Override
    public Outcome<ParameterValue> getValue(String parameterPath) {
        // the device's own read (CWMP client, connection requests need the real passwords)
        View v = view;
        return v.reader().getValue(addressed(v, parameterPath), false);
    }

    @Override
    public Outcome<List<ParameterInfo>> getNames(String path, boolean nextLevel) {
        View v = view;
        return v.names().getNames(addressed(v, path), nextLevel);
    }

    @Override
    public Outcome<Integer> setValues(List<ParameterValue> values, String parameterKey, Caller caller) {
        View current = view;
        if (values == null || values.stream().noneMatch(v -> v != null && AliasAddressing.has(v.path()))) {
            return locked(() -> current.writer().setValues(values, parameterKey, caller));
        }
        Map<String, String> original = new HashMap<>();
        List<ParameterValue> translated = new ArrayList<>(values.size());
        for (ParameterValue v : values) {
            String path = v == null ? null : addressed(current, v.path());
            if (v != null && !path.equals(v.path())) {
                original.put(path, v.path());
                v = new ParameterValue(path, v.value(), v.type());
            }
            translated.add(v);
        }
        Outcome<Integer> result = locked(() -> current.writer().setValues(translated, parameterKey, caller));
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
        View v = view;
        return v.attributes().getAttributes(addressed(v, paths));
    }

    @Override
    public Outcome<Void> setAttributes(List<AttributeChange> changes) {
        View v = view;
        List<AttributeChange> translated = new ArrayList<>(changes.size());
        for (AttributeChange c : changes) {
            translated.add(c == null || !AliasAddressing.has(c.path()) ? c : new AttributeChange(addressed(v, c.path()),
                    c.notificationChange(), c.notification(), c.accessListChange(), c.accessList()));
        }
        return locked(() -> v.attributes().setAttributes(translated));
    }

    @Override
    public Outcome<AddedObject> addObject(String tablePath, String parameterKey, Caller caller) {
        View v = view;
        String alias = tablePath == null ? null : AliasAddressing.trailingAlias(tablePath);
        if (alias == null || !v.aliases().enabled()) {
            return locked(() -> {
                String table = addressed(v, tablePath);
                Outcome<AddedObject> added = v.objects().addObject(table, parameterKey, caller);
                if (added.isSuccess()) {
                    nameNewInstance(v, table, added.value().instanceNumber());
                }
                return added;
            });
        }
        return locked(() -> addWithAlias(v, addressed(v, AliasAddressing.tableOf(tablePath)), alias, parameterKey, caller));
    }

    /** AddObject of "X.[alias].": a new instance whose Alias is set in the same step, or nothing. */
    private static Outcome<AddedObject> addWithAlias(View v, String table, String alias, String parameterKey,
                                                     Caller caller) {
        if (v.aliases().aliasParam(table) == null || v.aliases().instanceWithAlias(table, alias) != null) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Alias [" + alias + "] unusable in " + table);
        }
        Outcome<AddedObject> added = v.objects().addObject(table, null, caller);
        if (!added.isSuccess()) {
            return added;
        }
        String instance = table + added.value().instanceNumber() + ".";
        Outcome<Integer> named = v.writer().setValues(List.of(ParameterValue.untyped(instance + "Alias", alias)),
                parameterKey, Caller.LOCAL);
        if (!named.isSuccess()) {
            v.objects().deleteObject(instance, null, Caller.LOCAL);
            CwmpFault f = named.faultOrNull();
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Alias [" + alias + "] refused: "
                    + (f.parameterFaults().isEmpty() ? f.message() : f.parameterFaults().get(0).message()));
        }
        return Outcome.success(new AddedObject(added.value().instanceNumber(),
                Math.max(added.value().status(), named.value())));
    }

    /** TR-069: an instance created without an alias gets a CPE-assigned one, "cpe-<n>". */
    private static void nameNewInstance(View v, String table, long number) {
        ParamSchema aliasParam = v.aliases().aliasParam(table);
        String instance = table + number + ".";
        ReadValue current = aliasParam == null ? null : v.access().read(instance, aliasParam);
        if (current == null || !current.value().isEmpty()) {
            return;
        }
        Outcome<Integer> named = v.writer().setValues(List.of(ParameterValue.untyped(instance + "Alias", "cpe-" + number)),
                null, Caller.LOCAL);
        if (!named.isSuccess()) {
            LOG.log(System.Logger.Level.WARNING, "cannot give {0} its alias: {1}", instance, named.faultOrNull());
        }
    }

    @Override
    public Outcome<Integer> deleteObject(String instancePath, String parameterKey, Caller caller) {
        View v = view;
        return locked(() -> v.objects().deleteObject(addressed(v, instancePath), parameterKey, caller));
    }

    private static String addressed(View v, String path) {
        if (!AliasAddressing.has(path) || !v.aliases().enabled()) {
            return path;
        }
        String translated = v.aliases().translate(path);
        return translated == null ? path : translated;
    }

    private static List<String> addressed(View v, List<String> paths) {
        if (paths.stream().noneMatch(AliasAddressing::has)) {
            return paths;
        }
        List<String> out = new ArrayList<>(paths.size());
        for (String p : paths) {
            out.add(addressed(v, p));
        }
        return out;
    }

    @Override
    public Optional<String> typeOf(String parameterPath) {
        Outcome<ParameterValue> value = view.reader().getValue(parameterPath);
        return value.isSuccess() ? Optional.of(value.value().type()) : Optional.empty();
    }

    @Override
    public List<ParameterValue> forcedInformValues() {
        List<ParameterValue> values = view.reader().forcedInformValues();
        tracker.informing(values);
        return values;
    }

    @Override
    public List<ParameterValue> changedValues() {
        ValueReader reader = view.reader();
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
