package org.homegw.datamodel.internal.osgi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.MapProvider;
import org.homegw.datamodel.internal.osgi.FakeBundles.FakeBundle;
import org.homegw.datamodel.spi.ParameterProvider;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;

/**
 * The registry component as extender: definitions files in {@code OSGI-INF/homegw/datamodel/} of a
 * starting or active bundle are merged, and withdrawn when it stops, is updated or uninstalled.
 */
public class DefinitionsExtenderTest {

    private static final Path SHIPPED = Path.of("../../device-config/datamodel/device-2.19.dmdefs");
    private static final String P = "Device.X_000000_Lamp.";

    /** What {@code DefinitionsCompiler --additions-to} writes for a one-object vendor model. */
    static String lampDefinitions(boolean v2) {
        return String.join("\n",
                "homegw-definitions\t1",
                "# test vendor model",
                "M\tX_000000_Lamp:2.19\turn:example-com:lamp-1-0\t0\t\tDevice:2.19",
                "S\tstring\t\\-\t\\-",
                "S\tunsignedInt\t\\-\tW",
                "O\tDevice.\tr\t1\t1\t\\-\t\\-\t",
                "O\tDevice.X_000000_Lamp.\tr\t1\t1\t\\-\t\\-\t",
                "P\tName\tw\t0\t\t\t",
                "P\tPower\tr\t1\tf\t\t",
                v2 ? "P\tColor\tw\t0\t\t\t" : "# v1 has no colour",
                "END\t2\t" + (v2 ? 3 : 2) + "\t2\t0",
                "");
    }

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FakeBundles bundles = new FakeBundles();
    private final MapProvider lamp = new MapProvider();
    private DataModelComponent component;
    private Path v1;
    private Path v2;

    @Before
    public void setUp() throws Exception {
        Assume.assumeTrue(Files.isRegularFile(SHIPPED));
        v1 = Files.writeString(tmp.newFolder("v1").toPath().resolve("lamp.dmdefs"), lampDefinitions(false));
        v2 = Files.writeString(tmp.newFolder("v2").toPath().resolve("lamp.dmdefs"), lampDefinitions(true));
        lamp.put(P + "Name", "desk").put(P + "Power", "9").put(P + "Color", "red").put("Device.Lamp.Name", "x");
    }

    @After
    public void tearDown() {
        if (component != null) {
            component.deactivate();
            assertEquals("the tracker is closed with the component", 0, bundles.listenerCount());
        }
    }

    private void activate() throws Exception {
        Path config = tmp.newFolder("conf").toPath();
        Files.copy(SHIPPED, Files.createDirectory(config.resolve("datamodel")).resolve(SHIPPED.getFileName()));
        Map<String, String> props = new HashMap<>();
        props.put("homegw.config.dir", config.toString());
        props.put("homegw.state.dir", tmp.newFolder("var").toString());
        component = new DataModelComponent();
        component.activate(FakeBundles.context(props, bundles), DataModelComponentTest.config("", "", 0));
        Map<String, Object> provider = new HashMap<>();
        provider.put(ParameterProvider.PATH, new String[] {P, "Device.Lamp."});
        provider.put(Constants.SERVICE_ID, 500L);
        component.addProvider(lamp, provider);
    }

    private int fault(String path) {
        Outcome<ParameterValue> v = component.getValue(path);
        return v.isSuccess() ? 0 : v.faultOrNull().code();
    }

    @Test
    public void a_bundle_running_before_the_registry_starts_is_merged_at_activation() throws Exception {
        FakeBundle b = bundles.install(42, "acme.lamp", List.of(v1));
        b.state = Bundle.ACTIVE;
        activate();
        assertEquals("desk", component.getValue(P + "Name").value().value());
        assertTrue(component.forcedInformValues().stream().anyMatch(v -> v.path().equals(P + "Power")));
    }

    @Test
    public void start_stop_start_uninstall() throws Exception {
        activate();
        FakeBundle b = bundles.install(42, "acme.lamp", List.of(v1));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, fault(P + "Name"));
        bundles.change(b, Bundle.RESOLVED, BundleEvent.RESOLVED);
        assertEquals("resolved is not running", CwmpFault.INVALID_PARAMETER_NAME, fault(P + "Name"));

        bundles.start(b);
        assertEquals("desk", component.getValue(P + "Name").value().value());
        List<String> names = component.getNames(P, true).value().stream().map(ParameterInfo::path).toList();
        assertEquals(List.of(P + "Name", P + "Power"), names);

        bundles.stop(b);
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, fault(P + "Name"));
        bundles.start(b);
        assertEquals(0, fault(P + "Name"));
        bundles.uninstall(b);
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, fault(P + "Name"));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, component.getNames(P, false).faultOrNull().code());
    }

    @Test
    public void an_update_brings_the_new_version_definitions() throws Exception {
        activate();
        FakeBundle b = bundles.install(42, "acme.lamp", List.of(v1));
        bundles.start(b);
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, fault(P + "Color"));
        // what the framework does for Bundle.update of an active bundle
        bundles.stop(b);
        bundles.change(b, Bundle.INSTALLED, BundleEvent.UNRESOLVED);
        b.definitions = List.of(v2);
        b.version = "2.0.0";
        bundles.change(b, Bundle.INSTALLED, BundleEvent.UPDATED);
        bundles.change(b, Bundle.RESOLVED, BundleEvent.RESOLVED);
        bundles.start(b);
        assertEquals("red", component.getValue(P + "Color").value().value());
        assertEquals("desk", component.getValue(P + "Name").value().value());
    }

    @Test
    public void unreadable_or_refused_definitions_leave_the_model_as_it_was() throws Exception {
        activate();
        Path broken = Files.writeString(tmp.newFolder("broken").toPath().resolve("x.dmdefs"), "homegw-definitions\t1\nO\tnonsense\n");
        FakeBundle b = bundles.install(43, "acme.broken", List.of(broken));
        bundles.start(b);
        Path standard = Files.writeString(tmp.newFolder("std").toPath().resolve("x.dmdefs"),
                lampDefinitions(false).replace("X_000000_Lamp.", "Lamp."));
        FakeBundle c = bundles.install(44, "acme.standard", List.of(standard));
        bundles.start(c);
        assertEquals("a standard-looking object name is refused", CwmpFault.INVALID_PARAMETER_NAME,
                fault("Device.Lamp.Name"));
        assertEquals(0, fault("Device.DeviceInfo.SoftwareVersion"));
        bundles.uninstall(b);
        bundles.uninstall(c);
    }

    @Test
    public void bundles_without_definitions_are_ignored() throws Exception {
        activate();
        FakeBundle b = bundles.install(45, "acme.plain", List.of());
        bundles.start(b);
        bundles.stop(b);
        assertEquals(0, fault("Device.DeviceInfo.SoftwareVersion"));
    }
}
