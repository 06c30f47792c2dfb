package org.homegw.transfer.internal.apply;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class FirmwareImageProviderTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void shows_both_banks_and_the_running_version() throws Exception {
        Path dir = tmp.newFolder("fw").toPath();
        DualBankFirmware f = new DualBankFirmware(dir, 3, "1.0");
        f.boot("b1");
        Path img = tmp.newFile().toPath();
        Files.writeString(img, "HOMEGW-FIRMWARE 2.0\n");
        f.install(img);
        FirmwareImageProvider p = new FirmwareImageProvider(f, "Device.");
        assertEquals(List.of(1L, 2L), p.instances("Device.DeviceInfo.FirmwareImage.").value());
        assertEquals(Map.of("SoftwareVersion", "1.0", "ActiveFirmwareImage", "Device.DeviceInfo.FirmwareImage.1",
                "BootFirmwareImage", "Device.DeviceInfo.FirmwareImage.2", "FirmwareImageNumberOfEntries", "2"),
                p.read("Device.DeviceInfo.", List.of("SoftwareVersion", "ActiveFirmwareImage", "BootFirmwareImage",
                        "FirmwareImageNumberOfEntries", "Manufacturer")).value());
        assertEquals(Map.of("Name", "bank-b", "Version", "2.0", "Status", "Available", "Available", "true"),
                p.read("Device.DeviceInfo.FirmwareImage.2.", List.of("Name", "Version", "Status", "Available")).value());
        f = new DualBankFirmware(dir, 3, "1.0");
        f.boot("b2");
        assertEquals("2.0", new FirmwareImageProvider(f, "Device.").read("Device.DeviceInfo.", List.of("SoftwareVersion"))
                .value().get("SoftwareVersion"));
    }

    @Test
    public void igd_root_serves_only_the_software_version() throws Exception {
        DualBankFirmware f = new DualBankFirmware(tmp.newFolder("fw").toPath(), 3, "1.0");
        FirmwareImageProvider p = new FirmwareImageProvider(f, "InternetGatewayDevice.");
        assertEquals(List.of("InternetGatewayDevice.DeviceInfo.SoftwareVersion"), p.paths());
        assertEquals(Map.of("SoftwareVersion", "1.0"), p.read("InternetGatewayDevice.DeviceInfo.",
                List.of("SoftwareVersion", "ActiveFirmwareImage")).value());
    }
}
