package org.homegw.adapter.wifi.internal.dm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.homegw.adapter.wifi.internal.config.WifiConfigStore;
import org.homegw.adapter.wifi.internal.sim.SimulatedWifiDriver;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.testkit.SettableClock;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Adding and deleting SSIDs and access points over the simulated driver's slots (2 per radio, 2 radios). */
public class WifiInstancesTest {

    private static final String W = "Device.WiFi.";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final List<String> changes = new ArrayList<>();
    private SimulatedWifiDriver driver;
    private Path stateFile;
    private WifiProvider provider;

    @Before
    public void setUp() throws IOException {
        stateFile = tmp.getRoot().toPath().resolve("wifi/config.properties");
        provider = newProvider();
    }

    private WifiProvider newProvider() throws IOException {
        driver = new SimulatedWifiDriver(new SettableClock(), new Random(7), new SimulatedWifiDriver.Options(2, 4, 0.6, 0.2,
                "02:00:5e:00:00:01"));
        WifiProvider p = new WifiProvider("Device.", driver, new WifiConfigStore(stateFile), "US ", new SecureRandom());
        p.attach(paths -> changes.addAll(Arrays.asList(paths)));
        return p;
    }

    private String value(String path) {
        int dot = path.lastIndexOf('.');
        String name = path.substring(dot + 1);
        return provider.read(path.substring(0, dot + 1), List.of(name)).value().get(name);
    }

    private int write(String... pathValue) {
        List<ParameterWrite> w = new ArrayList<>();
        for (int i = 0; i < pathValue.length; i += 2) {
            w.add(new ParameterWrite(W + pathValue[i], pathValue[i + 1]));
        }
        CwmpFault f = provider.write(w).faultOrNull();
        return f == null ? 0 : f.parameterFaults().isEmpty() ? f.code() : f.parameterFaults().get(0).code();
    }

    @Test
    public void an_ssid_is_added_only_while_a_radio_has_a_free_slot() {
        assertEquals(CwmpFault.RESOURCES_EXCEEDED, provider.add(W + "SSID.", 5).faultOrNull().code());
        String bssid2 = value(W + "SSID.2.BSSID");
        assertEquals(0, (int) provider.delete(W + "SSID.2.").value());
        assertEquals(List.of(1L, 3L, 4L), provider.instances(W + "SSID.").value());
        assertEquals(0, (int) provider.add(W + "SSID.", 5).value());
        // the new SSID takes the freed slot: its radio and BSSID; it starts disabled and unnamed
        assertEquals(List.of(1L, 3L, 4L, 5L), provider.instances(W + "SSID.").value());
        assertEquals(W + "Radio.1", value(W + "SSID.5.LowerLayers"));
        assertEquals(bssid2, value(W + "SSID.5.BSSID"));
        assertEquals("false", value(W + "SSID.5.Enable"));
        assertEquals("Down", value(W + "SSID.5.Status"));
        assertEquals("4", value(W + "SSIDNumberOfEntries"));
        assertEquals(CwmpFault.RESOURCES_EXCEEDED, provider.add(W + "SSID.", 6).faultOrNull().code());
    }

    @Test
    public void deleting_an_ssid_empties_the_reference_of_its_access_point() {
        changes.clear();
        assertEquals(0, (int) provider.delete(W + "SSID.1.").value());
        assertEquals("", value(W + "AccessPoint.1.SSIDReference"));
        // still enabled but serving nothing: misconfigured, and the hardware slot is off
        assertEquals("Error_Misconfigured", value(W + "AccessPoint.1.Status"));
        assertFalse(driver.ssidStatus(1).up());
        assertTrue(changes.toString(), changes.containsAll(List.of(W + "AccessPoint.1.SSIDReference", W + "AccessPoint.1.Status")));
        assertEquals("0", value(W + "AccessPoint.1.AssociatedDeviceNumberOfEntries"));
        // a deleted instance is gone, and so is a second delete
        assertEquals(List.of(2L, 3L, 4L), provider.instances(W + "SSID.").value());
        assertEquals(CwmpFault.REQUEST_DENIED, provider.delete(W + "SSID.1.").faultOrNull().code());
        // another SSID on the radio, referenced by the access point, brings it back
        provider.add(W + "SSID.", 7);
        assertEquals(0, write("SSID.7.SSID", "again", "SSID.7.Enable", "true", "AccessPoint.1.SSIDReference", W + "SSID.7"));
        assertEquals("Enabled", value(W + "AccessPoint.1.Status"));
        assertTrue(driver.ssidStatus(1).up());
    }

    @Test
    public void an_ssid_moves_to_another_radio_only_into_a_free_slot() {
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, write("SSID.2.LowerLayers", W + "Radio.2"));
        assertEquals(W + "Radio.1", value(W + "SSID.2.LowerLayers"));
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, write("SSID.2.LowerLayers", W + "Radio.9"));
        provider.delete(W + "SSID.4.");
        String bssid4 = driver.ssids().get(3).bssid();
        assertEquals(0, write("SSID.2.LowerLayers", W + "Radio.2."));
        assertEquals(W + "Radio.2", value(W + "SSID.2.LowerLayers"));
        assertEquals(bssid4, value(W + "SSID.2.BSSID"));
        // staying on its radio is no move
        assertEquals(0, write("SSID.2.LowerLayers", W + "Radio.2"));
    }

    @Test
    public void access_points_are_limited_to_one_per_slot_and_serve_one_ssid_each() {
        assertEquals(CwmpFault.RESOURCES_EXCEEDED, provider.add(W + "AccessPoint.", 5).faultOrNull().code());
        assertEquals(0, (int) provider.delete(W + "AccessPoint.2.").value());
        // SSID 2 stays, but no access point serves it: its slot is off
        provider.write(List.of(new ParameterWrite(W + "SSID.2.Enable", "true")));
        assertFalse(driver.ssidStatus(2).up());
        assertEquals(List.of(1L, 2L, 3L, 4L), provider.instances(W + "SSID.").value());
        assertEquals(0, (int) provider.add(W + "AccessPoint.", 5).value());
        assertEquals("false", value(W + "AccessPoint.5.Enable"));
        assertEquals("", value(W + "AccessPoint.5.SSIDReference"));
        assertEquals("Disabled", value(W + "AccessPoint.5.Status"));
        assertEquals("WPA2-Personal", value(W + "AccessPoint.5.Security.ModeEnabled"));
        assertTrue(WifiValidator.validPassphrase(value(W + "AccessPoint.5.Security.KeyPassphrase")));
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, write("AccessPoint.5.SSIDReference", W + "SSID.1"));
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, write("AccessPoint.5.SSIDReference", W + "SSID.9"));
        assertEquals(0, write("AccessPoint.5.SSIDReference", W + "SSID.2", "AccessPoint.5.Enable", "true"));
        assertEquals("Enabled", value(W + "AccessPoint.5.Status"));
        assertEquals(CwmpFault.REQUEST_DENIED, provider.add(W + "Radio.", 3).faultOrNull().code());
    }

    @Test
    public void added_and_deleted_instances_survive_a_restart() throws IOException {
        provider.delete(W + "SSID.2.");
        provider.add(W + "SSID.", 8);
        write("SSID.8.SSID", "kept", "SSID.8.LowerLayers", W + "Radio.1");
        provider.delete(W + "AccessPoint.4.");
        provider.close();
        provider = newProvider();
        assertEquals(List.of(1L, 3L, 4L, 8L), provider.instances(W + "SSID.").value());
        assertEquals(List.of(1L, 2L, 3L), provider.instances(W + "AccessPoint.").value());
        assertEquals("kept", value(W + "SSID.8.SSID"));
        assertEquals("", value(W + "AccessPoint.2.SSIDReference"));
        assertTrue(Files.readString(stateFile).contains("SSID.8.Slot=2"));
    }

    @Test
    public void a_file_saved_before_instances_could_change_keeps_its_values_in_the_factory_layout() throws IOException {
        provider.close();
        Files.writeString(stateFile, "SSID.1.SSID=old-home\nRadio.1.Channel=6\n");
        provider = newProvider();
        assertEquals(List.of(1L, 2L, 3L, 4L), provider.instances(W + "SSID.").value());
        assertEquals("old-home", value(W + "SSID.1.SSID"));
        assertEquals("6", value(W + "Radio.1.Channel"));
    }
}
