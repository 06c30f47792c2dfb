package org.homegw.transfer.internal.apply;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.homegw.transfer.api.FirmwareInstaller.SwitchState;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DualBankFirmwareTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path dir;
    private Path image;

    @Before
    public void setUp() throws Exception {
        dir = tmp.newFolder("firmware").toPath();
        image = tmp.newFile("img").toPath();
        Files.writeString(image, "HOMEGW-FIRMWARE 2.1-beta\nkernel+rootfs", StandardCharsets.US_ASCII);
    }

    private DualBankFirmware start(String bootId) {
        DualBankFirmware f = new DualBankFirmware(dir, 2, "1.0");
        f.boot(bootId);
        return f;
    }

    @Test
    public void install_writes_the_inactive_bank_and_keeps_the_running_image() throws Exception {
        DualBankFirmware f = start("b1");
        assertTrue(f.install(image).isSuccess());
        assertEquals(SwitchState.ARMED, f.lastSwitch());
        assertEquals("1.0", f.runningVersion());
        assertEquals(Files.readString(image), Files.readString(dir.resolve("bank-b.img")));
        assertEquals("B boots next", List.of(false, true), f.banks().stream().map(DualBankFirmware.Bank::bootNext).toList());
    }

    @Test
    public void armed_image_runs_after_the_next_boot_and_stays_once_confirmed() throws Exception {
        start("b1").install(image);
        DualBankFirmware f = start("b2");
        assertEquals(SwitchState.TRIAL, f.lastSwitch());
        assertEquals("2.1-beta", f.runningVersion());
        f.confirmHealthy();
        assertEquals(SwitchState.ACTIVE, f.lastSwitch());
        f.acknowledgeSwitch();
        DualBankFirmware later = start("b3");
        assertEquals(SwitchState.NONE, later.lastSwitch());
        assertEquals("2.1-beta", later.runningVersion());
    }

    @Test
    public void unconfirmed_image_is_rolled_back_after_its_trial_boots() throws Exception {
        start("b1").install(image);
        assertEquals(SwitchState.TRIAL, start("b2").lastSwitch());
        assertEquals(SwitchState.TRIAL, start("b3").lastSwitch());
        DualBankFirmware f = start("b4");
        assertEquals(SwitchState.ROLLED_BACK, f.lastSwitch());
        assertEquals("1.0", f.runningVersion());
        assertTrue(f.bootFailure("b").contains("2 attempts"));
    }

    @Test
    public void the_same_boot_counts_once() throws Exception {
        start("b1").install(image);
        start("b2");
        start("b2");
        start("b2");
        assertEquals("re-activation without a restart is no boot", SwitchState.TRIAL, start("b2").lastSwitch());
    }

    @Test
    public void image_without_header_is_refused_9018_and_no_bank_changes() throws Exception {
        Files.writeString(image, "\u007fELF binary");
        DualBankFirmware f = start("b1");
        assertEquals(9018, f.install(image).faultCode());
        assertEquals(SwitchState.NONE, f.lastSwitch());
        assertTrue(Files.notExists(dir.resolve("bank-b.img")));
    }

    @Test
    public void install_during_a_trial_is_refused() throws Exception {
        start("b1").install(image);
        DualBankFirmware f = start("b2");
        assertEquals(9001, f.install(image).faultCode());
    }
}
