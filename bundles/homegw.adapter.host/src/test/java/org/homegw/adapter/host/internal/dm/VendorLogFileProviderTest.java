package org.homegw.adapter.host.internal.dm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.spi.ParameterWrite;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class VendorLogFileProviderTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private VendorLogFileProvider provider(Path dir) {
        return new VendorLogFileProvider("Device.", new VendorLogFileProvider.LogFiles(dir, "homegw.log", 1_048_576, 3));
    }

    @Test
    public void lists_the_current_and_the_rolled_log_files_that_exist() throws Exception {
        Path dir = tmp.getRoot().toPath();
        Files.writeString(dir.resolve("homegw.log"), "now\n");
        Files.writeString(dir.resolve("homegw.log.1"), "before\n");
        Files.writeString(dir.resolve("homegw.log.9"), "beyond the count: not the runtime's\n");
        Files.writeString(dir.resolve("other.log"), "not ours\n");
        VendorLogFileProvider p = provider(dir);
        assertEquals(List.of("Device.DeviceInfo.VendorLogFileNumberOfEntries", "Device.DeviceInfo.VendorLogFile."), p.paths());
        assertEquals(List.of(1L, 2L), p.instances("Device.DeviceInfo.VendorLogFile.").value());
        assertEquals("2", p.read("Device.DeviceInfo.", List.of("VendorLogFileNumberOfEntries", "UpTime")).value()
                .get("VendorLogFileNumberOfEntries"));
        Map<String, String> first = p.read("Device.DeviceInfo.VendorLogFile.1.", List.of("Name", "MaximumSize", "Persistent", "Alias"))
                .value();
        assertEquals(dir.resolve("homegw.log").toAbsolutePath().toString(), first.get("Name"));
        assertEquals("1048576", first.get("MaximumSize"));
        String type = Files.getFileStore(dir).type();
        assertEquals(Boolean.toString(VendorLogFileProvider.persistent(type)), first.get("Persistent"));
        assertFalse("no Alias kept", first.containsKey("Alias"));
        assertEquals(dir.resolve("homegw.log.1").toAbsolutePath().toString(),
                p.read("Device.DeviceInfo.VendorLogFile.2.", List.of("Name")).value().get("Name"));
        assertEquals(Map.of(), p.read("Device.DeviceInfo.VendorLogFile.3.", List.of("Name")).value());
    }

    @Test
    public void no_log_directory_yet_is_an_empty_table() {
        VendorLogFileProvider p = provider(tmp.getRoot().toPath().resolve("missing"));
        assertEquals(List.of(), p.instances("Device.DeviceInfo.VendorLogFile.").value());
    }

    @Test
    public void ram_file_systems_are_not_persistent() {
        assertFalse(VendorLogFileProvider.persistent("tmpfs"));
        assertFalse(VendorLogFileProvider.persistent("ramfs"));
        assertTrue(VendorLogFileProvider.persistent("ext4"));
    }

    @Test
    public void log_file_parameters_are_read_only() {
        CwmpFault f = provider(tmp.getRoot().toPath()).validate(List.of(
                new ParameterWrite("Device.DeviceInfo.VendorLogFile.1.Name", "x"))).faultOrNull();
        assertEquals(CwmpFault.NOT_WRITABLE, f.code());
    }
}
