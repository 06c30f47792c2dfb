package org.homegw.adapter.wifi.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homegw.adapter.wifi.internal.config.WifiConfigStore;
import org.homegw.adapter.wifi.internal.dm.WifiProvider;
import org.homegw.adapter.wifi.internal.sim.SimulatedWifiDriver;
import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.testkit.SettableClock;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The Wi-Fi provider over the simulated driver, plugged into the real registry on the shipped Device:2.19 definitions. */
public class WifiAdapterRegistryTest {

    private static final Path DEFINITIONS = Path.of("../../device-config/datamodel/device-2.19.dmdefs");
    private static SchemaTree tree;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private final SettableClock clock = new SettableClock();
    private SimulatedWifiDriver driver;
    private ProviderTable providers;
    private WifiProvider provider;
    private DataModelRegistry registry;

    @BeforeClass
    public static void loadDefinitions() throws Exception {
        Assume.assumeTrue(Files.isRegularFile(DEFINITIONS));
        tree = DefinitionsAdapter.toTree(new DefinitionsLoader().load(DEFINITIONS));
    }

    @Before
    public void setUp() throws Exception {
        providers = new ProviderTable();
        registry = new RegistryAssembly(tree).stateDir(tmp.newFolder().toPath()).providers(providers).build().registry();
        driver = new SimulatedWifiDriver(clock, new Random(3), new SimulatedWifiDriver.Options(2, 4, 0.7, 0.1, "02:00:5e:00:00:01"));
        provider = new WifiProvider("Device.", driver, new WifiConfigStore(tmp.getRoot().toPath().resolve("wifi.properties")),
                "US ", new SecureRandom());
        providers.add(new ProviderRegistration(provider, provider.paths(), 0, 10, true));
    }

    private Map<String, String> get(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        registry.getValues(List.of(path), v -> out.put(v.path(), v.value())).value();
        return out;
    }

    private String value(String path) {
        return registry.getValue(path).value().value();
    }

    @Test
    public void get_parameter_values_of_the_wifi_subtree() {
        Map<String, String> wifi = get("Device.WiFi.");
        assertEquals("2", wifi.get("Device.WiFi.RadioNumberOfEntries"));
        assertEquals("4", wifi.get("Device.WiFi.AccessPointNumberOfEntries"));
        assertEquals("2.4GHz", wifi.get("Device.WiFi.Radio.1.OperatingFrequencyBand"));
        assertEquals("US ", wifi.get("Device.WiFi.Radio.1.RegulatoryDomain"));
        assertEquals("Up", wifi.get("Device.WiFi.SSID.1.Status"));
        assertEquals("0", wifi.get("Device.WiFi.SSID.1.Stats.BytesSent"));
        // secured: kept, but read back empty
        assertEquals("", wifi.get("Device.WiFi.AccessPoint.1.Security.KeyPassphrase"));
        assertEquals("Device.WiFi.SSID.1", wifi.get("Device.WiFi.AccessPoint.1.SSIDReference"));
        assertTrue(wifi.size() > 80);
    }

    @Test
    public void set_of_a_channel_the_domain_forbids_is_9007_and_changes_nothing() {
        CwmpFault f = registry.setValues(List.of(
                new ParameterValue("Device.WiFi.Radio.1.Channel", "13", "unsignedInt"),
                new ParameterValue("Device.WiFi.SSID.1.SSID", "new-name", "string")), "k", Caller.ACS).faultOrNull();
        assertEquals(CwmpFault.INVALID_ARGUMENTS, f.code());
        assertEquals(1, f.parameterFaults().size());
        assertEquals("Device.WiFi.Radio.1.Channel", f.parameterFaults().get(0).parameterName());
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, f.parameterFaults().get(0).code());
        assertEquals("1", value("Device.WiFi.Radio.1.Channel"));
        assertTrue(value("Device.WiFi.SSID.1.SSID").startsWith("homegw-"));
    }

    @Test
    public void valid_set_applies_to_the_driver_and_disabling_an_ssid_shows_in_status() {
        assertEquals(0, (int) registry.setValues(List.of(
                new ParameterValue("Device.WiFi.Radio.1.RegulatoryDomain", "DEI", "string"),
                new ParameterValue("Device.WiFi.Radio.1.Channel", "13", "unsignedInt"),
                new ParameterValue("Device.WiFi.SSID.1.Enable", "0", "boolean")), "k2", Caller.ACS).value());
        assertEquals(13, driver.radioStatus(1).channel());
        assertEquals("false", value("Device.WiFi.SSID.1.Enable"));
        assertEquals("Down", value("Device.WiFi.SSID.1.Status"));
        // the registry's own checks come first: the enumeration refuses a band that does not exist
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, registry.setValues(List.of(
                new ParameterValue("Device.WiFi.Radio.1.OperatingFrequencyBand", "3GHz", "string")), "k3", Caller.ACS)
                .faultOrNull().parameterFaults().get(0).code());
    }

    @Test
    public void stations_joining_reach_the_registry_as_value_changes() {
        registry.setAttributes(List.of(new AttributeChange("Device.WiFi.AccessPoint.1.AssociatedDeviceNumberOfEntries",
                true, 1, false, List.of())));
        registry.clearChanged();
        for (int i = 0; i < 20 && driver.stations(1).isEmpty(); i++) {
            clock.advance(Duration.ofSeconds(10));
            driver.tick();
        }
        Assume.assumeFalse(driver.stations(1).isEmpty());
        assertTrue(registry.changedValues().stream()
                .anyMatch(v -> v.path().equals("Device.WiFi.AccessPoint.1.AssociatedDeviceNumberOfEntries")));
        Map<String, String> ap = get("Device.WiFi.AccessPoint.1.AssociatedDevice.");
        assertEquals(driver.stations(1).size(), ap.keySet().stream().filter(k -> k.endsWith(".MACAddress")).count());
    }

    @Test
    public void add_and_delete_object_through_the_registry_follow_the_hardware_slots() {
        CwmpFault full = registry.addObject("Device.WiFi.SSID.", "a1", Caller.ACS).faultOrNull();
        assertEquals(CwmpFault.RESOURCES_EXCEEDED, full.code());
        assertEquals(0, (int) registry.deleteObject("Device.WiFi.SSID.2.", "d1", Caller.ACS).value());
        assertEquals("", value("Device.WiFi.AccessPoint.2.SSIDReference"));
        assertEquals("Error_Misconfigured", value("Device.WiFi.AccessPoint.2.Status"));
        long n = registry.addObject("Device.WiFi.SSID.", "a2", Caller.ACS).value().instanceNumber();
        assertEquals("Device.WiFi.Radio.1", value("Device.WiFi.SSID." + n + ".LowerLayers"));
        assertEquals(0, (int) registry.setValues(List.of(
                new ParameterValue("Device.WiFi.SSID." + n + ".SSID", "guest", "string"),
                new ParameterValue("Device.WiFi.AccessPoint.2.SSIDReference", "Device.WiFi.SSID." + n, "string")),
                "k4", Caller.ACS).value());
        assertEquals("Enabled", value("Device.WiFi.AccessPoint.2.Status"));
    }
}
