package org.homegw.transfer.internal.apply;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.transfer.api.FirmwareInstaller;
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

    private static final String FW = "Device.DeviceInfo.FirmwareImage.";

    private static int fault(Outcome<Integer> o) {
        return o instanceof Outcome.Failure<Integer> f ? f.fault().code() : 0;
    }

    private DualBankFirmware installedB(Path dir) throws Exception {
        DualBankFirmware f = new DualBankFirmware(dir, 3, "1.0");
        f.boot("b1");
        Path img = tmp.newFile().toPath();
        Files.writeString(img, "HOMEGW-FIRMWARE 2.0\n");
        f.install(img);
        return f;
    }

    @Test
    public void boot_firmware_image_write_chooses_the_image_of_the_next_start() throws Exception {
        Path dir = tmp.newFolder("fw").toPath();
        DualBankFirmware f = installedB(dir);
        FirmwareImageProvider p = new FirmwareImageProvider(f, "Device.");
        // back to the running image: the install is disarmed
        assertEquals(0, fault(p.write(List.of(new ParameterWrite("Device.DeviceInfo.BootFirmwareImage", FW + "1")))));
        assertEquals(FW + "1", p.read("Device.DeviceInfo.", List.of("BootFirmwareImage")).value().get("BootFirmwareImage"));
        assertEquals(FirmwareInstaller.SwitchState.NONE, f.lastSwitch());
        new DualBankFirmware(dir, 3, "1.0").boot("b2");
        assertEquals("1.0", new DualBankFirmware(dir, 3, "1.0").runningVersion());

        // and to bank B again (a trailing dot is accepted): tried at the next start
        f = new DualBankFirmware(dir, 3, "1.0");
        p = new FirmwareImageProvider(f, "Device.");
        assertEquals(0, fault(p.write(List.of(new ParameterWrite("Device.DeviceInfo.BootFirmwareImage", FW + "2.")))));
        assertEquals(FirmwareInstaller.SwitchState.ARMED, f.lastSwitch());
        DualBankFirmware next = new DualBankFirmware(dir, 3, "1.0");
        next.boot("b3");
        next.confirmHealthy();
        assertEquals("2.0", next.runningVersion());
        assertEquals("Active", new FirmwareImageProvider(next, "Device.").read(FW + "2.", List.of("Status")).value()
                .get("Status"));
    }

    @Test
    public void invalid_writes_fail_9007_and_change_nothing() throws Exception {
        Path dir = tmp.newFolder("fw").toPath();
        DualBankFirmware f = new DualBankFirmware(dir, 3, "1.0");
        f.boot("b1");
        FirmwareImageProvider p = new FirmwareImageProvider(f, "Device.");
        String boot = "Device.DeviceInfo.BootFirmwareImage";
        assertEquals("empty bank", 9007, fault(p.write(List.of(new ParameterWrite(boot, FW + "2")))));
        assertEquals("not a row", 9007, fault(p.write(List.of(new ParameterWrite(boot, FW + "3")))));
        assertEquals("not a reference", 9007, fault(p.write(List.of(new ParameterWrite(boot, "bank-a")))));
        assertEquals("active image", 9007, fault(p.write(List.of(new ParameterWrite(FW + "1.Available", "false")))));
        assertEquals("empty bank", 9007, fault(p.write(List.of(new ParameterWrite(FW + "2.Available", "true")))));
        assertEquals(9008, fault(p.write(List.of(new ParameterWrite(FW + "1.Version", "x")))));

        f = installedB(tmp.newFolder("fw2").toPath());
        p = new FirmwareImageProvider(f, "Device.");
        assertEquals("the boot image", 9007, fault(p.write(List.of(new ParameterWrite(FW + "2.Available", "false")))));
        assertEquals(FirmwareInstaller.SwitchState.ARMED, f.lastSwitch());
        // made unavailable together with choosing the other image: both apply
        assertEquals(0, fault(p.write(List.of(new ParameterWrite(FW + "2.Available", "false"),
                new ParameterWrite(boot, FW + "1")))));
        assertEquals("false", p.read(FW + "2.", List.of("Available")).value().get("Available"));
        assertEquals("an unavailable image cannot be chosen", 9007,
                fault(p.write(List.of(new ParameterWrite(boot, FW + "2")))));
        assertEquals(0, fault(p.write(List.of(new ParameterWrite(FW + "2.Available", "true"),
                new ParameterWrite(boot, FW + "2")))));
        assertEquals(FirmwareInstaller.SwitchState.ARMED, f.lastSwitch());
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
