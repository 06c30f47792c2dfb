package org.homegw.example.smartplug.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.definitions.ActiveNotify;
import org.homegw.datamodel.definitions.BbfXmlReader;
import org.homegw.datamodel.definitions.CompactDefinitionsWriter;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DefinitionsCompiler;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The vendor workflow end to end: compile TR-181 plus the vendor XML with the project's
 * DefinitionsCompiler into a compact file, load it as the gateway does, and run the real registry
 * with the plug's provider on it.
 */
public class VendorDefinitionsRegistryTest {

    private static final Path VENDOR_XML = Path.of("src/main/dm/X_000000_SmartPlug.xml");
    private static final String P = "Device.X_000000_SmartPlug.";

    @ClassRule
    public static TemporaryFolder compiled = new TemporaryFolder();
    private static DataModelDefinitions definitions;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private DataModelRegistry registry;
    private SimulatedPlug plug;

    @BeforeClass
    public static void compileVendorDefinitions() throws Exception {
        Path tr181 = Path.of(System.getProperty("homegw.bbf.dir", "../../../shared/bbf"), "dm", "tr-181-2-19-1-cwmp-full.xml");
        Assume.assumeTrue("BBF kit not present: " + tr181, Files.isRegularFile(tr181));
        DataModelDefinitions defs = new DefinitionsCompiler(new BbfXmlReader()).compile(List.of(tr181, VENDOR_XML), null, List.of());
        Path out = compiled.getRoot().toPath().resolve("device-2.19-smartplug.dmdefs");
        new CompactDefinitionsWriter().write(defs, DefinitionsCompiler.provenance(List.of(tr181, VENDOR_XML), List.of()), out);
        definitions = new DefinitionsLoader().load(out);
    }

    @Before
    public void setUp() throws Exception {
        ProviderTable providers = new ProviderTable();
        registry = new RegistryAssembly(DefinitionsAdapter.toTree(definitions)).stateDir(tmp.newFolder().toPath())
                .providers(providers).build().registry();
        plug = new SimulatedPlug(Clock.systemUTC(), List.of(60, 2000));
        SmartPlugProvider provider = new SmartPlugProvider("Device.", plug,
                new OutletSettingsStore(tmp.getRoot().toPath().resolve("plug.properties")));
        providers.add(new ProviderRegistration(provider, provider.paths(), 0, 1, true));
    }

    @Test
    public void compiled_file_holds_the_vendor_objects_next_to_tr181() {
        assertTrue(definitions.parameter("Device.DeviceInfo.UpTime").isPresent());
        assertEquals(ActiveNotify.FORCE_DEFAULT_ENABLED,
                definitions.parameter(P + "Outlet.{i}.Status").orElseThrow().activeNotify());
        assertEquals("3000", definitions.parameter(P + "Outlet.{i}.MaxPower").orElseThrow().defaultValue().value());
    }

    @Test
    public void get_parameter_values_of_the_vendor_subtree() {
        Map<String, String> v = new LinkedHashMap<>();
        registry.getValues(List.of(P), pv -> v.put(pv.path(), pv.value())).value();
        assertEquals("2", v.get(P + "OutletNumberOfEntries"));
        assertEquals("Outlet 2", v.get(P + "Outlet.2.Name"));
        assertEquals("Off", v.get(P + "Outlet.2.Status"));
        assertEquals(2 + 2 * 8, v.size());
    }

    @Test
    public void registry_checks_the_vendor_ranges_and_the_plug_checks_the_load() {
        CwmpFault range = registry.setValues(List.of(new ParameterValue(P + "Outlet.1.MaxPower", "5000", "unsignedInt")),
                "a", Caller.ACS).faultOrNull();
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, range.parameterFaults().get(0).code());
        CwmpFault load = registry.setValues(List.of(new ParameterValue(P + "Outlet.2.MaxPower", "1000", "unsignedInt"),
                new ParameterValue(P + "Outlet.2.Enable", "1", "boolean")), "b", Caller.ACS).faultOrNull();
        assertEquals(List.of(P + "Outlet.2.Enable"), load.parameterFaults().stream().map(f -> f.parameterName()).toList());
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, load.parameterFaults().get(0).code());
        assertEquals("3000", registry.getValue(P + "Outlet.2.MaxPower").value().value());
        assertEquals(0, (int) registry.setValues(List.of(new ParameterValue(P + "Outlet.1.Enable", "true", "boolean"),
                new ParameterValue(P + "Outlet.1.Name", "Lamp", "string")), "c", Caller.ACS).value());
        assertEquals("60", registry.getValue(P + "Outlet.1.Power").value().value());
        assertEquals(CwmpFault.NOT_WRITABLE, registry.setValues(List.of(new ParameterValue(P + "Outlet.1.Power", "1", "unsignedInt")),
                "d", Caller.ACS).faultOrNull().parameterFaults().get(0).code());
    }

    @Test
    public void an_overload_trip_is_an_active_notification() {
        registry.setValues(List.of(new ParameterValue(P + "Outlet.2.Enable", "true", "boolean")), "e", Caller.ACS).value();
        registry.clearChanged();
        registry.setAttributes(List.of(new AttributeChange(P + "Outlet.2.Status", true, 2, false, List.of()))).value();
        plug.setMaxPower(2, 1000);
        assertTrue(registry.changedValues().stream().anyMatch(v -> v.path().equals(P + "Outlet.2.Status")
                && v.value().equals("Overload")));
    }
}
