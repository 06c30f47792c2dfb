package org.homegw.cwmp.connreq.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.homegw.datamodel.api.ActiveNotificationListener;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.junit.After;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.BundleContext;

/**
 * The component restarting after start (a deploy/*.cfg applied): the old instance goes, an Inform
 * in the gap reads the store's "", the new instance sets its URL before the registry attaches it.
 * Through the real registry the URL must read right and be reported as a value change.
 */
public class ComponentRestartTest {

    private static final Path DEFINITIONS = Path.of("../../device-config/datamodel/device-2.19.dmdefs");
    private static final String URL = "Device.ManagementServer.ConnectionRequestURL";
    private static SchemaTree tree;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final ProviderTable providers = new ProviderTable();
    private final List<String> activeChanges = new CopyOnWriteArrayList<>();
    private final FakeSessionRequests sessions = new FakeSessionRequests();
    private DataModelRegistry registry;
    private ConnectionRequestComponent running;

    @BeforeClass
    public static void loadDefinitions() throws Exception {
        Assume.assumeTrue(Files.isRegularFile(DEFINITIONS));
        tree = DefinitionsAdapter.toTree(new DefinitionsLoader().load(DEFINITIONS));
    }

    @After
    public void stop() throws InterruptedException {
        if (running != null) {
            running.deactivate();
        }
        LeakedThreads.assertNone();
    }

    private void startRegistry() throws Exception {
        ActiveNotificationListener listener = activeChanges::add;
        registry = new RegistryAssembly(tree).stateDir(tmp.newFolder("dm").toPath())
                .defaultsText("Device.ManagementServer.URL=http://127.0.0.1:9/acs\n"
                        + "Device.ManagementServer.ConnectionRequestUsername=cr\n"
                        + "Device.ManagementServer.ConnectionRequestPassword=secret")
                .providers(providers).listeners(() -> List.of(listener)).build().registry();
    }

    /** What DS does: construct (activate), then register the service, which the registry binds. */
    private ConnectionRequestComponent activate(long serviceId) throws Exception {
        ConnectionRequestComponent c = new ConnectionRequestComponent(registry, sessions, context(), config());
        providers.add(new ProviderRegistration(c, List.of(URL, "Device.ManagementServer.UDPConnectionRequestAddress",
                "Device.ManagementServer.NATDetected", "Device.ManagementServer.SupportedConnReqMethods"), 0,
                serviceId, true));
        running = c;
        return c;
    }

    private void deactivate(ConnectionRequestComponent c) {
        providers.remove(c);
        c.deactivate();
        running = null;
    }

    private String informedUrl() {
        return registry.forcedInformValues().stream().filter(v -> v.path().equals(URL)).map(ParameterValue::value)
                .findFirst().orElseThrow();
    }

    @Test
    public void url_is_right_and_reported_after_the_component_restarts() throws Exception {
        startRegistry();
        activate(100);
        String first = informedUrl();
        assertTrue(first, first.matches("http://127\\.0\\.0\\.1:\\d+/\\S+"));
        assertTrue("boot raised a value change: " + activeChanges, activeChanges.isEmpty());
        registry.clearChanged();

        deactivate(running);
        assertEquals("", informedUrl());
        registry.clearChanged();
        activate(101);

        String now = registry.getValue(URL).value().value();
        assertTrue(now, now.matches("http://127\\.0\\.0\\.1:\\d+/\\S+"));
        assertNotEquals("", now);
        assertEquals("same persisted path", first.substring(first.lastIndexOf('/')), now.substring(now.lastIndexOf('/')));
        assertEquals(List.of(URL), activeChanges);
        assertEquals(List.of(URL + "=" + now),
                registry.changedValues().stream().map(v -> v.path() + "=" + v.value()).toList());
    }

    @Test
    public void a_first_start_raises_no_value_change() throws Exception {
        startRegistry();
        activate(100);
        assertTrue(informedUrl().startsWith("http://127.0.0.1:"));
        assertTrue(activeChanges.isEmpty());
        assertEquals(List.of(), registry.changedValues());
    }

    private BundleContext context() throws Exception {
        Map<String, String> props = Map.of("homegw.state.dir", tmp.getRoot().toPath().resolve("state").toString());
        Files.createDirectories(tmp.getRoot().toPath().resolve("state"));
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> props.get((String) args[0]);
                    case "toString" -> "test context";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The Metatype defaults, with port 0 (ephemeral) instead of the framework property. */
    private static ConnectionRequestConfig config() {
        return (ConnectionRequestConfig) Proxy.newProxyInstance(ConnectionRequestConfig.class.getClassLoader(),
                new Class<?>[] {ConnectionRequestConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "port" -> 0;
                    case "annotationType" -> ConnectionRequestConfig.class;
                    case "toString" -> "config";
                    default -> method.getDefaultValue();
                });
    }

}
