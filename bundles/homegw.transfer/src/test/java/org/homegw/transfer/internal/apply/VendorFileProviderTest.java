package org.homegw.transfer.internal.apply;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.Outcome;
import org.homegw.transfer.internal.engine.VendorLogFile;
import org.junit.Test;

public class VendorFileProviderTest {

    private final VendorFileProvider provider = new VendorFileProvider("Device.", VendorLogFile.parse(
            new String[] {"homegw.log=log/homegw.log", "audit.log = /var/log/audit.log"}, Path.of("/state")), 65536);

    private Map<String, String> read(String object, String... names) {
        return ((Outcome.Success<Map<String, String>>) provider.read(object, List.of(names))).value();
    }

    @Test
    public void serves_one_config_file_row_and_a_row_per_configured_log() {
        assertEquals(Map.of("VendorConfigFileNumberOfEntries", "1", "VendorLogFileNumberOfEntries", "2"),
                read("Device.DeviceInfo.", "VendorConfigFileNumberOfEntries", "VendorLogFileNumberOfEntries"));
        assertEquals(Outcome.success(List.of(1L)), provider.instances("Device.DeviceInfo.VendorConfigFile."));
        assertEquals(Outcome.success(List.of(1L, 2L)), provider.instances("Device.DeviceInfo.VendorLogFile."));
        assertEquals(Map.of("Name", "homegw-parameters.cfg", "UseForBackupRestore", "true"),
                read("Device.DeviceInfo.VendorConfigFile.1.", "Name", "UseForBackupRestore"));
        assertEquals(Map.of("Name", "audit.log", "MaximumSize", "65536", "Persistent", "true"),
                read("Device.DeviceInfo.VendorLogFile.2.", "Name", "MaximumSize", "Persistent"));
        assertEquals(Map.of(), read("Device.DeviceInfo.VendorLogFile.3.", "Name"));
    }

    @Test
    public void log_file_paths_are_relative_to_the_state_directory_unless_absolute() {
        List<VendorLogFile> logs = VendorLogFile.parse(new String[] {"a=log/a.log", "b=/abs/b.log"}, Path.of("/state"));
        assertEquals(Path.of("/state/log/a.log"), logs.get(0).file());
        assertEquals(Path.of("/abs/b.log"), logs.get(1).file());
    }

    @Test(expected = IllegalArgumentException.class)
    public void refuses_an_entry_without_a_path() {
        VendorLogFile.parse(new String[] {"name-only"}, Path.of("/state"));
    }
}
