package org.homegw.launcher;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DeviceConfigTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path dir() {
        return tmp.getRoot().toPath();
    }

    @Test
    public void shipped_device_config_loads() throws Exception {
        DeviceConfig c = DeviceConfig.load(Path.of("../../device-config"));
        assertEquals("Device:2", c.dataModel());
        assertEquals("Device", c.root());
        assertFalse("the shipped config leaves the serial number to be generated", c.hasSerialNumber());
        assertEquals(Level.INFO, c.logging().rootLevel());
    }

    @Test
    public void empty_config_directory_means_all_defaults() throws Exception {
        DeviceConfig c = DeviceConfig.load(dir());
        assertEquals("Device:2", c.dataModel());
        assertEquals(Set.of(), c.disabledBundles());
    }

    @Test
    public void igd_root_and_configured_serial_number_and_disabled_adapters() throws Exception {
        Files.writeString(dir().resolve("device.properties"),
                "datamodel=InternetGatewayDevice:1\nadapters.disabled= homegw.adapter.wifi , homegw.adapter.voice\n");
        Files.writeString(dir().resolve("defaults.properties"), "InternetGatewayDevice.DeviceInfo.SerialNumber=X1\n");
        DeviceConfig c = DeviceConfig.load(dir());
        assertEquals("InternetGatewayDevice", c.root());
        assertTrue(c.hasSerialNumber());
        assertEquals(Set.of("homegw.adapter.wifi", "homegw.adapter.voice"), c.disabledBundles());
    }

    @Test
    public void rejects_unknown_data_model() throws Exception {
        Files.writeString(dir().resolve("device.properties"), "datamodel=Device:3\n");
        UsageException e = assertThrows(UsageException.class, () -> DeviceConfig.load(dir()));
        assertTrue(e.getMessage(), e.getMessage().contains("datamodel=Device:3"));
    }

    @Test
    public void rejects_bad_logging_setting_naming_the_file() throws Exception {
        Files.writeString(dir().resolve("logging.properties"), "level=LOUD\n");
        UsageException e = assertThrows(UsageException.class, () -> DeviceConfig.load(dir()));
        assertTrue(e.getMessage(), e.getMessage().contains("logging.properties"));
    }
}
