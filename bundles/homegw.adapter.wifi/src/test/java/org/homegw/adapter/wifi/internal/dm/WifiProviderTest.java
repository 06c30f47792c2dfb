package org.homegw.adapter.wifi.internal.dm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homegw.adapter.wifi.internal.config.WifiConfigStore;
import org.homegw.adapter.wifi.internal.sim.SimulatedWifiDriver;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.testkit.SettableClock;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The Device.WiFi. provider over the simulated driver, driven through the provider SPI. */
public class WifiProviderTest {

    private static final String W = "Device.WiFi.";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final SettableClock clock = new SettableClock();
    private final List<String> changes = new ArrayList<>();
    private SimulatedWifiDriver driver;
    private Path stateFile;
    private WifiProvider provider;

    @Before
    public void setUp() throws IOException {
        stateFile = tmp.getRoot().toPath().resolve("wifi/config.properties");
        driver = newDriver();
        provider = newProvider(driver);
    }

    private SimulatedWifiDriver newDriver() {
        return new SimulatedWifiDriver(clock, new Random(7), new SimulatedWifiDriver.Options(2, 4, 0.6, 0.2, "02:00:5e:00:00:01"));
    }

    private WifiProvider newProvider(SimulatedWifiDriver d) throws IOException {
        WifiProvider p = new WifiProvider("Device.", d, new WifiConfigStore(stateFile), "US ", new SecureRandom());
        p.attach(paths -> changes.addAll(Arrays.asList(paths)));
        return p;
    }

    private Map<String, String> read(String object, String... names) {
        return provider.read(W + object, List.of(names)).value();
    }

    private String value(String path) {
        int dot = path.lastIndexOf('.');
        String name = path.substring(dot + 1);
        return provider.read(path.substring(0, dot + 1), List.of(name)).value().get(name);
    }

    private static List<ParameterWrite> writes(String... pathValue) {
        List<ParameterWrite> out = new ArrayList<>();
        for (int i = 0; i < pathValue.length; i += 2) {
            out.add(new ParameterWrite(W + pathValue[i], pathValue[i + 1]));
        }
        return out;
    }

    private List<ParameterFault> faults(Outcome<?> outcome) {
        CwmpFault f = outcome.faultOrNull();
        return f == null ? List.of() : f.parameterFaults();
    }

    @Test
    public void tables_and_factory_values() {
        assertEquals(List.of(1L, 2L), provider.instances(W + "Radio.").value());
        assertEquals(List.of(1L, 2L, 3L, 4L), provider.instances(W + "SSID.").value());
        assertEquals(List.of(1L, 2L, 3L, 4L), provider.instances(W + "AccessPoint.").value());
        assertEquals(Map.of("RadioNumberOfEntries", "2", "SSIDNumberOfEntries", "4"),
                read("", "RadioNumberOfEntries", "SSIDNumberOfEntries"));
        assertEquals("Up", value(W + "Radio.1.Status"));
        assertEquals("1", value(W + "Radio.1.Channel"));
        assertEquals("36", value(W + "Radio.2.Channel"));
        assertEquals("1,2,3,4,5,6,7,8,9,10,11", value(W + "Radio.1.PossibleChannels"));
        assertEquals("Up", value(W + "SSID.1.Status"));
        assertEquals("Down", value(W + "SSID.2.Status"));
        assertEquals(W + "Radio.2", value(W + "SSID.3.LowerLayers"));
        assertEquals(W + "SSID.3", value(W + "AccessPoint.3.SSIDReference"));
        assertEquals("WPA2-Personal", value(W + "AccessPoint.1.Security.ModeEnabled"));
        assertEquals(16, value(W + "AccessPoint.1.Security.KeyPassphrase").length());
        assertNotEquals(value(W + "AccessPoint.1.Security.KeyPassphrase"), value(W + "AccessPoint.3.Security.KeyPassphrase"));
    }

    @Test
    public void channel_outside_the_regulatory_domain_is_invalid_value_9007() {
        List<ParameterFault> f = faults(provider.validate(writes("Radio.1.Channel", "13")));
        assertEquals(1, f.size());
        assertEquals(W + "Radio.1.Channel", f.get(0).parameterName());
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, f.get(0).code());
        assertTrue(f.get(0).message(), f.get(0).message().contains("US "));
        // a 2.4 GHz channel on the 5 GHz radio
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, faults(provider.validate(writes("Radio.2.Channel", "6"))).get(0).code());
        // the same request may change the domain to one that permits it
        assertTrue(provider.validate(writes("Radio.1.RegulatoryDomain", "DE ", "Radio.1.Channel", "13")).isSuccess());
    }

    @Test
    public void changing_the_domain_under_a_channel_it_forbids_is_charged_to_the_domain() {
        assertTrue(provider.write(writes("Radio.1.RegulatoryDomain", "FR ", "Radio.1.Channel", "13")).isSuccess());
        List<ParameterFault> f = faults(provider.validate(writes("Radio.1.RegulatoryDomain", "US ")));
        assertEquals(List.of(W + "Radio.1.RegulatoryDomain"), f.stream().map(ParameterFault::parameterName).toList());
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE,
                faults(provider.validate(writes("Radio.1.RegulatoryDomain", "ZZ "))).get(0).code());
    }

    @Test
    public void hardware_limits_and_security_rules_fault_each_parameter() {
        List<ParameterFault> f = faults(provider.validate(writes("Radio.1.OperatingFrequencyBand", "5GHz",
                "Radio.1.OperatingStandards", "ac", "Radio.1.TransmitPower", "60",
                "AccessPoint.1.SSIDReference", W + "SSID.2", "AccessPoint.2.Security.ModeEnabled", "WEP-64",
                "AccessPoint.3.Security.KeyPassphrase", "short", "SSID.1.SSID", "")));
        assertEquals(7, f.size());
        assertTrue(f.stream().allMatch(x -> x.code() == CwmpFault.INVALID_PARAMETER_VALUE));
        assertEquals(CwmpFault.NOT_WRITABLE, faults(provider.validate(writes("Radio.1.BeaconPeriod", "100"))).get(0).code());
        // switching to None needs no passphrase; a valid one is accepted
        assertTrue(provider.validate(writes("AccessPoint.1.Security.ModeEnabled", "None")).isSuccess());
        assertTrue(provider.validate(writes("AccessPoint.1.Security.KeyPassphrase", "correct horse")).isSuccess());
    }

    @Test
    public void a_refused_write_changes_nothing() {
        assertFalse(provider.write(writes("Radio.1.Channel", "6", "Radio.2.Channel", "6")).isSuccess());
        assertEquals("1", value(W + "Radio.1.Channel"));
        assertEquals(1, driver.radioStatus(1).channel());
    }

    @Test
    public void disabling_an_ssid_changes_its_status_and_pushes_the_change() {
        assertEquals(0, (int) provider.write(writes("SSID.1.Enable", "false")).value());
        assertEquals("Down", value(W + "SSID.1.Status"));
        assertTrue(changes.contains(W + "SSID.1.Status"));
        assertFalse(driver.ssidStatus(1).up());
        changes.clear();
        provider.write(writes("Radio.2.Enable", "false"));
        assertEquals("Down", value(W + "Radio.2.Status"));
        assertEquals("LowerLayerDown", value(W + "SSID.3.Status"));
        assertTrue(changes.containsAll(List.of(W + "Radio.2.Status", W + "SSID.3.Status")));
    }

    @Test
    public void configuration_survives_a_restart() throws IOException {
        String passphrase = value(W + "AccessPoint.1.Security.KeyPassphrase");
        provider.write(writes("Radio.1.Channel", "11", "SSID.1.SSID", "home", "AccessPoint.1.Security.ModeEnabled", "WPA3-Personal"));
        provider.close();
        SimulatedWifiDriver again = newDriver();
        provider = newProvider(again);
        assertEquals("11", value(W + "Radio.1.Channel"));
        assertEquals(11, again.radioStatus(1).channel());
        assertEquals("home", value(W + "SSID.1.SSID"));
        assertEquals("WPA3-Personal", value(W + "AccessPoint.1.Security.ModeEnabled"));
        assertEquals(passphrase, value(W + "AccessPoint.1.Security.KeyPassphrase"));
    }

    @Test
    public void a_damaged_configuration_file_falls_back_to_factory_settings() throws IOException {
        provider.close();
        java.nio.file.Files.writeString(stateFile, "Radio.1.Channel=eleven\nSSID.1.SSID=kept?\n");
        provider = newProvider(newDriver());
        assertEquals("1", value(W + "Radio.1.Channel"));
        assertTrue(value(W + "SSID.1.SSID").startsWith("homegw-"));
    }

    @Test
    public void associated_stations_come_and_go_with_stable_instance_numbers_and_counters_grow() {
        String table = W + "AccessPoint.1.AssociatedDevice.";
        long bytes0 = Long.parseLong(value(W + "SSID.1.Stats.BytesSent"));
        List<Long> seen = List.of();
        for (int i = 0; i < 30 && seen.isEmpty(); i++) {
            clock.advance(Duration.ofSeconds(10));
            driver.tick();
            seen = provider.instances(table).value();
        }
        assertFalse(seen.isEmpty());
        assertTrue(changes.contains(W + "AccessPoint.1.AssociatedDevice."));
        assertEquals(Integer.toString(seen.size()), value(W + "AccessPoint.1.AssociatedDeviceNumberOfEntries"));
        long first = seen.get(0);
        String mac = value(table + first + ".MACAddress");
        Map<String, String> st = read("AccessPoint.1.AssociatedDevice." + first + ".", "SignalStrength", "LastDataDownlinkRate", "Active");
        assertTrue(Integer.parseInt(st.get("SignalStrength")) < 0);
        assertTrue(Long.parseLong(st.get("LastDataDownlinkRate")) >= 1000);
        clock.advance(Duration.ofSeconds(10));
        driver.tick();
        if (provider.instances(table).value().contains(first)) {
            assertEquals(mac, value(table + first + ".MACAddress"));
        }
        assertTrue(Long.parseLong(value(W + "SSID.1.Stats.BytesSent")) > bytes0);
        assertTrue(Long.parseLong(value(W + "Radio.1.Stats.PacketsSent")) > 0);
    }
}
