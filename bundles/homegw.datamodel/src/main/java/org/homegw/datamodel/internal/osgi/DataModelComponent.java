package org.homegw.datamodel.internal.osgi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.homegw.datamodel.api.ActiveNotificationListener;
import org.homegw.datamodel.api.AddedObject;
import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterAttributes;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.api.ValueSink;
import org.homegw.datamodel.definitions.DefinitionsException;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.core.ChangePoller;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.spi.ParameterProvider;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link DataModel} service: loads the definitions at activation, merges those that bundles carry
 * while they run ({@link DefinitionsExtender}), tracks every
 * {@link ParameterProvider} (whiteboard, dynamic) and {@link ActiveNotificationListener} (whiteboard,
 * through {@link ActiveListenerTracker}), keeps state
 * under {@code homegw.state.dir}, and polls providers that cannot push. Thin shell over
 * {@link DataModelRegistry}.
 */
@Component(service = DataModel.class, immediate = true)
@Designate(ocd = DataModelConfig.class)
public final class DataModelComponent implements DataModel {

    private static final System.Logger LOG = System.getLogger(DataModelComponent.class.getName());

    private final ProviderTable providers = new ProviderTable();
    /** Not a DS reference: see {@link ActiveListenerTracker} (the CWMP client is a listener that needs us). */
    private ActiveListenerTracker listeners;
    private volatile EventAdmin eventAdmin;
    private DataModelRegistry registry;
    private BundleTracker<Long> extender;
    private ScheduledExecutorService executor;
    private ChangePoller poller;

    @Activate
    void activate(BundleContext context, DataModelConfig config) throws DefinitionsException {
        Path configDir = directory(context, "homegw.config.dir", "device-config");
        Path stateDir = directory(context, "homegw.state.dir", "var");
        SchemaTree tree = DefinitionsLocator.load(config, configDir);
        List<String> storePaths = config.storePaths().length == 0 ? null : List.of(config.storePaths());
        listeners = new ActiveListenerTracker(context);
        listeners.open();
        ActiveListenerTracker tracked = listeners;
        RegistryAssembly.Assembled assembled = new RegistryAssembly(tree).stateDir(stateDir)
                .defaultsFile(configDir.resolve("defaults.properties"))
                .defaultsText(context.getProperty("homegw.defaults"))
                .storePaths(storePaths).providers(providers)
                .listeners(tracked::listeners).events(new OsgiChangeEvents(() -> eventAdmin)).build();
        registry = assembled.registry();
        // the bundles already running contribute their definitions before the service is first used
        extender = new BundleTracker<>(context, DefinitionsExtender.STATES, new DefinitionsExtender(assembled.definitions()));
        assembled.definitions().batch(extender::open);
        if (config.pollIntervalSeconds() > 0) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "homegw-datamodel-poll");
                t.setDaemon(true);
                return t;
            });
            poller = new ChangePoller(registry, (period, task) -> {
                ScheduledFuture<?> f = executor.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(),
                        TimeUnit.MILLISECONDS);
                return () -> f.cancel(false);
            }, Duration.ofSeconds(config.pollIntervalSeconds()));
        }
        SchemaTree live = registry.tree();
        LOG.log(System.Logger.Level.INFO, "data model {0} ready: {1,number,#} objects, {2,number,#} parameters defined"
                + " (bundles'' definitions: {3}), state in {4}", tree.models().get(0).name(), live.objectCount(),
                live.parameterCount(), assembled.definitions().contributors(), stateDir);
    }

    @Deactivate
    void deactivate() {
        extender.close();
        if (poller != null) {
            poller.close();
            executor.shutdownNow();
        }
        registry.close();
        listeners.close();
    }

    private static Path directory(BundleContext context, String property, String fallback) {
        String value = context.getProperty(property);
        if (value == null || value.isBlank()) {
            LOG.log(System.Logger.Level.WARNING, "framework property {0} not set; using ./{1}", property, fallback);
            return Path.of(fallback).toAbsolutePath();
        }
        return Path.of(value);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            updated = "updatedProvider")
    void addProvider(ParameterProvider provider, Map<String, Object> properties) {
        providers.add(ProviderProperties.registration(provider, properties));
    }

    void updatedProvider(ParameterProvider provider, Map<String, Object> properties) {
        providers.add(ProviderProperties.registration(provider, properties));
    }

    void removeProvider(ParameterProvider provider) {
        providers.remove(provider);
    }

    /** A listener outside the service registry (tests, embedding); after activation. */
    void addListener(ActiveNotificationListener listener) {
        listeners.add(listener);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEventAdmin(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    void unsetEventAdmin(EventAdmin admin) {
        if (this.eventAdmin == admin) {
            this.eventAdmin = null;
        }
    }

    @Override
    public String rootObject() {
        return registry.rootObject();
    }

    @Override
    public Outcome<Integer> getValues(List<String> paths, ValueSink sink) {
        return registry.getValues(paths, sink);
    }

    @Override
    public Outcome<ParameterValue> getValue(String parameterPath) {
        return registry.getValue(parameterPath);
    }

    @Override
    public Outcome<List<ParameterInfo>> getNames(String path, boolean nextLevel) {
        return registry.getNames(path, nextLevel);
    }

    @Override
    public Outcome<Integer> setValues(List<ParameterValue> values, String parameterKey, Caller caller) {
        return registry.setValues(values, parameterKey, caller);
    }

    @Override
    public Outcome<List<ParameterAttributes>> getAttributes(List<String> paths) {
        return registry.getAttributes(paths);
    }

    @Override
    public Outcome<Void> setAttributes(List<AttributeChange> changes) {
        return registry.setAttributes(changes);
    }

    @Override
    public Outcome<AddedObject> addObject(String tablePath, String parameterKey, Caller caller) {
        return registry.addObject(tablePath, parameterKey, caller);
    }

    @Override
    public Outcome<Integer> deleteObject(String instancePath, String parameterKey, Caller caller) {
        return registry.deleteObject(instancePath, parameterKey, caller);
    }

    @Override
    public Optional<String> typeOf(String parameterPath) {
        return registry.typeOf(parameterPath);
    }

    @Override
    public List<ParameterValue> forcedInformValues() {
        return registry.forcedInformValues();
    }

    @Override
    public List<ParameterValue> changedValues() {
        return registry.changedValues();
    }

    @Override
    public void clearChanged() {
        registry.clearChanged();
    }

}
