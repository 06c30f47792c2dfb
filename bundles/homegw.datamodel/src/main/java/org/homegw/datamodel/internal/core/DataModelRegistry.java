package org.homegw.datamodel.internal.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.homegw.datamodel.api.ActiveNotificationListener;
import org.homegw.datamodel.api.AddedObject;
import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterAttributes;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.api.ValueSink;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
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
    private final ReentrantLock mutations = new ReentrantLock();

    public DataModelRegistry(SchemaTree tree, ProviderTable providers, StateStore store,
                             Supplier<Collection<ActiveNotificationListener>> listeners, ChangeEvents events) {
        this.tree = tree;
        this.providers = providers;
        ValueCodec codec = new ValueCodec();
        this.resolver = new PathResolver(tree);
        this.access = new TreeAccess(providers, codec);
        TreeWalker walker = new TreeWalker(tree, access);
        this.tracker = new NotificationTracker(tree, resolver, store, access, listeners, events);
        this.reader = new ValueReader(tree, resolver, access, walker);
        this.names = new NameReader(tree, resolver, access, walker);
        this.writer = new ValueWriter(resolver, access, codec, store, tracker);
        this.attributes = new AttributeService(resolver, access, walker, store, tracker);
        this.objects = new ObjectService(resolver, access, store, tracker);
        providers.onAdded(this::attach);
        providers.onRemoved(r -> attach(r, null));
        for (ProviderRegistration r : providers.all()) {
            attach(r);
        }
    }

    private void attach(ProviderRegistration registration) {
        attach(registration, tracker::valuesChanged);
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
        return reader.getValues(paths, sink);
    }

    @Override
    public Outcome<ParameterValue> getValue(String parameterPath) {
        // the device's own read (CWMP client, connection requests need the real passwords)
        return reader.getValue(parameterPath, false);
    }

    @Override
    public Outcome<List<ParameterInfo>> getNames(String path, boolean nextLevel) {
        return names.getNames(path, nextLevel);
    }

    @Override
    public Outcome<Integer> setValues(List<ParameterValue> values, String parameterKey, Caller caller) {
        return locked(() -> writer.setValues(values, parameterKey, caller));
    }

    @Override
    public Outcome<List<ParameterAttributes>> getAttributes(List<String> paths) {
        return attributes.getAttributes(paths);
    }

    @Override
    public Outcome<Void> setAttributes(List<AttributeChange> changes) {
        return locked(() -> attributes.setAttributes(changes));
    }

    @Override
    public Outcome<AddedObject> addObject(String tablePath, String parameterKey, Caller caller) {
        return locked(() -> objects.addObject(tablePath, parameterKey, caller));
    }

    @Override
    public Outcome<Integer> deleteObject(String instancePath, String parameterKey, Caller caller) {
        return locked(() -> objects.deleteObject(instancePath, parameterKey, caller));
    }

    @Override
    public Optional<String> typeOf(String parameterPath) {
        Outcome<ParameterValue> value = reader.getValue(parameterPath);
        return value.isSuccess() ? Optional.of(value.value().type()) : Optional.empty();
    }

    @Override
    public List<ParameterValue> forcedInformValues() {
        return reader.forcedInformValues();
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
