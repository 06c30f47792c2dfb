package org.homegw.adapter.wifi.internal.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WifiConfigStoreTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void saves_atomically_and_loads_back_values_with_special_characters() throws IOException {
        Path file = tmp.getRoot().toPath().resolve("wifi/config.properties");
        WifiConfigStore store = new WifiConfigStore(file);
        assertTrue(store.load().isEmpty());
        Map<String, String> values = Map.of("SSID.1.SSID", "café = #1 ", "Radio.1.RegulatoryDomain", "US ",
                "AccessPoint.1.Security.KeyPassphrase", "p:a\\ss w=rd!");
        store.save(values);
        assertEquals(values, store.load());
        assertFalse(Files.exists(file.resolveSibling("config.properties.tmp")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        store.save(Map.of("SSID.1.SSID", "other"));
        assertEquals(Map.of("SSID.1.SSID", "other"), new WifiConfigStore(file).load());
    }

    @Test
    public void a_damaged_file_reads_as_no_configuration() throws IOException {
        Path file = tmp.newFile("config.properties").toPath();
        Files.write(file, new byte[] {'a', '=', '\\', 'u', '1'});
        assertTrue(new WifiConfigStore(file).load().isEmpty());
    }
}
