package org.homegw.datamodel.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.homegw.datamodel.api.ActiveNotificationListener;
import org.homegw.datamodel.internal.builtin.SupportedModelsProvider;
import org.homegw.datamodel.internal.contrib.LiveDefinitions;
import org.homegw.datamodel.internal.core.ChangeEvents;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.core.SetJournal;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.store.DefaultValues;
import org.homegw.datamodel.internal.store.StateStore;
import org.homegw.datamodel.internal.store.StoreProvider;

/**
 * Wires a registry from its parts: definitions, the state file under the state directory, the
 * default layers, the built-in store provider for the configured subtrees and the supported-models
 * provider. Built-in providers take the lowest ranking so that any device provider for the same
 * paths is asked first. Used by the OSGi component and by tests alike.
 */
public final class RegistryAssembly {

    /** Where the registry keeps its state, relative to homegw.state.dir. */
    public static final String STATE_FILE = "datamodel/state.txt";
    /** The SetParameterValues write-ahead journal, relative to homegw.state.dir (see SetJournal). */
    public static final String JOURNAL_FILE = "datamodel/set-journal.txt";
    /** Ranking of the built-in providers: below every service. */
    public static final int BUILTIN_RANKING = Integer.MIN_VALUE;

    private final SchemaTree tree;
    private Path stateDir;
    private Path defaultsFile;
    private String defaultsText;
    private List<String> storePaths;
    private ProviderTable providers = new ProviderTable();
    private Supplier<Collection<ActiveNotificationListener>> listeners = List::of;
    private ChangeEvents events = ChangeEvents.NONE;

    public RegistryAssembly(SchemaTree tree) {
        this.tree = Objects.requireNonNull(tree, "tree");
    }

    /** The subtrees the store serves when not configured: ManagementServer and DeviceInfo. */
    public static List<String> defaultStorePaths(String root) {
        return List.of(root + "ManagementServer.", root + "DeviceInfo.");
    }

    /** State directory (null: state in memory only). */
    public RegistryAssembly stateDir(Path dir) {
        this.stateDir = dir;
        return this;
    }

    public RegistryAssembly defaultsFile(Path file) {
        this.defaultsFile = file;
        return this;
    }

    /** The homegw.defaults framework property: "Path=Value" lines. */
    public RegistryAssembly defaultsText(String text) {
        this.defaultsText = text;
        return this;
    }

    /** Subtrees (object paths ending in ".") or single parameters served by the built-in store. */
    public RegistryAssembly storePaths(List<String> paths) {
        this.storePaths = paths;
        return this;
    }

    public RegistryAssembly providers(ProviderTable table) {
        this.providers = table;
        return this;
    }

    public RegistryAssembly listeners(Supplier<Collection<ActiveNotificationListener>> supplier) {
        this.listeners = supplier;
        return this;
    }

    public RegistryAssembly events(ChangeEvents changeEvents) {
        this.events = changeEvents;
        return this;
    }

    /** The default values for a set of definitions: its factory defaults, built-ins, file, framework property. */
    private Map<String, String> defaults(SchemaTree definitions) {
        return new DefaultValues(definitions).withBuiltIns().withFile(defaultsFile)
                .withLines(defaultsText, "homegw.defaults").values();
    }

    public Assembled build() {
        StateStore store = new StateStore(stateDir == null ? null : stateDir.resolve(STATE_FILE));
        StoreProvider storeProvider = new StoreProvider(tree, store, defaults(tree));
        List<String> subtrees = storePaths == null || storePaths.isEmpty() ? defaultStorePaths(tree.root()) : storePaths;
        SupportedModelsProvider models = new SupportedModelsProvider(tree);
        List<ProviderRegistration> builtins = new ArrayList<>();
        builtins.add(new ProviderRegistration(storeProvider, storeProvider.servedPaths(subtrees), BUILTIN_RANKING, -1, true));
        builtins.add(new ProviderRegistration(models, models.paths(), BUILTIN_RANKING, -2, true));
        SetJournal journal = new SetJournal(stateDir == null ? null : stateDir.resolve(JOURNAL_FILE), store);
        DataModelRegistry registry = new DataModelRegistry(tree, providers, store, listeners, events, journal);
        builtins.forEach(providers::add);
        LiveDefinitions live = new LiveDefinitions(tree, next -> {
            // defaults first: a parameter the registry starts to resolve already has its default value
            storeProvider.useDefinitions(next, defaults(next));
            models.useModels(next.models());
            registry.useDefinitions(next);
        });
        return new Assembled(registry, store, storeProvider, providers, live);
    }

    /**
     * The parts of a wired registry; {@code definitions} takes the definitions bundles contribute
     * while the registry runs.
     */
    public record Assembled(DataModelRegistry registry, StateStore store, StoreProvider storeProvider,
                            ProviderTable providers, LiveDefinitions definitions) {
    }
}
