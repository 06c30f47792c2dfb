package org.homegw.e2e;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.cwmp.message.DownloadResponse;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.files.FileFault;
import org.junit.Test;

/**
 * Transfers that outlive the gateway process: signed firmware that switches banks over a reboot, a new
 * image that never starts healthy and is rolled back, and a download resumed after kill -9.
 * Part of the {@link TransferIT} suite (one gateway for all).
 */
public class TransferAcrossReboots extends TransferTestBase {

    @Test
    public void signed_firmware_switches_banks_and_the_boot_inform_announces_one_transfer_complete() {
        String version = "e2e-" + Instant.now().toEpochMilli();
        serve("fw-good.img", LAB.signer().signed(FirmwareSigner.image(version, 200_000)));
        String bootBank = value(DEVICE_INFO + "BootFirmwareImage");

        long mark = GW.acs().mark();
        assertEquals(1, GW.rpc1(download("fw-switch", "1 Firmware Upgrade Image", "fw-good.img", ""))
                .response(DownloadResponse.class).status());
        LogEntry.InformReceived boot = GW.awaitInform(mark, i -> i.hasEvent("1 BOOT"));
        assertTrue(boot.inform().events().toString(), boot.hasEvent("7 TRANSFER COMPLETE"));
        assertEquals("fw-switch", boot.commandKey("M Download").orElseThrow());
        assertFalse(boot.hasEvent("0 BOOTSTRAP"));
        assertEquals(version, boot.parameter("DeviceInfo.SoftwareVersion").orElseThrow());
        TransferComplete tc = awaitTransferComplete(mark, "fw-switch", "Download");
        assertSucceeded(tc);
        assertEquals("the TransferComplete went in the boot session", boot.sessionId(),
                transferCompleteEntry(mark, "fw-switch").sessionId());
        GW.awaitReadyAfter(mark);

        String active = value(DEVICE_INFO + "ActiveFirmwareImage");
        assertFalse("the other bank is active now", active.equals(bootBank));
        assertEquals(active, value(DEVICE_INFO + "BootFirmwareImage"));
        assertEquals(version, value(active + ".Version"));
        GW.rpc();
        assertEquals("delivered exactly once", 1, transferCompletes(mark).stream()
                .filter(t -> t.commandKey().equals("fw-switch")).count());

        // the ACS's choice of the next boot image, with the TR-181 rules (violations: 9007, nothing changes)
        String previous = bootBank;
        assertEquals(9007, spvFault(param(active + ".Available", "false", "boolean")));
        assertEquals(9007, spvFault(param(DEVICE_INFO + "BootFirmwareImage", DEVICE_INFO + "FirmwareImage.3", "string")));
        spv(param(previous + ".Available", "false", "boolean"));
        assertEquals("false", value(previous + ".Available"));
        assertEquals(9007, spvFault(param(DEVICE_INFO + "BootFirmwareImage", previous, "string")));
        spv(param(previous + ".Available", "true", "boolean"), param(DEVICE_INFO + "BootFirmwareImage", previous, "string"));
        assertEquals(previous, value(DEVICE_INFO + "BootFirmwareImage"));
        spv(param(DEVICE_INFO + "BootFirmwareImage", active, "string"));
        assertEquals(active, value(DEVICE_INFO + "BootFirmwareImage"));
        assertEquals("Active", value(active + ".Status"));
    }

    /** The per-parameter fault code of a refused single-parameter SetParameterValues. */
    private static int spvFault(ParameterValueStruct value) {
        FaultMessage f = GW.rpc1(new SetParameterValues(List.of(value), "fw-select")).fault();
        assertEquals(f.toString(), 1, f.setParameterValuesFaults().size());
        return f.setParameterValuesFaults().get(0).faultCode();
    }

    @Test
    public void firmware_without_a_healthy_start_is_rolled_back_and_reported_9010() {
        String before = value(DEVICE_INFO + "SoftwareVersion");
        String activeBefore = value(DEVICE_INFO + "ActiveFirmwareImage");
        String version = "e2e-bad-" + Instant.now().toEpochMilli();
        serve("fw-bad.img", LAB.signer().signed(FirmwareSigner.image(version, 50_000)));
        // The new image never gets as far as the transfer manager, which is what confirms a start
        // healthy: from the reboot on, its configuration names a trust anchor file that does not exist.
        Map<String, String> broken = new LinkedHashMap<>(LAB.transferSettings());
        broken.put("trustAnchors", LAB.dir("files").resolve("no-such-anchors.pem").toString());
        GatewaySite.seedConfiguration(GW.stateDir(), TransferLab.TRANSFER_PID, broken);

        long mark = GW.acs().mark();
        GW.rpc1(download("fw-rollback", "1 Firmware Upgrade Image", "fw-bad.img", ""))
                .response(DownloadResponse.class);
        LogEntry.InformReceived trial = GW.awaitInform(mark, i -> i.hasEvent("1 BOOT"));
        assertFalse("nothing to report during the trial", trial.hasEvent("7 TRANSFER COMPLETE"));
        assertEquals(version, trial.parameter("DeviceInfo.SoftwareVersion").orElseThrow());
        GW.awaitReadyAfter(mark);

        // the unhealthy image dies; the next start falls back to the previous bank
        GW.kill();
        GatewaySite.seedConfiguration(GW.stateDir(), TransferLab.TRANSFER_PID, LAB.transferSettings());
        mark = GW.acs().mark();
        GW.start();
        LogEntry.InformReceived boot = GW.awaitInform(mark, i -> i.hasEvent("1 BOOT"));
        assertTrue(boot.inform().events().toString(), boot.hasEvent("7 TRANSFER COMPLETE"));
        assertEquals("fw-rollback", boot.commandKey("M Download").orElseThrow());
        assertEquals(before, boot.parameter("DeviceInfo.SoftwareVersion").orElseThrow());
        assertEquals(9010, awaitTransferComplete(mark, "fw-rollback", "Download").fault().faultCode());
        GW.awaitReadyAfter(mark);

        assertEquals(activeBefore, value(DEVICE_INFO + "ActiveFirmwareImage"));
        String failedBank = activeBefore.endsWith("1") ? DEVICE_INFO + "FirmwareImage.2." : DEVICE_INFO + "FirmwareImage.1.";
        assertEquals("ActivationFailed", value(failedBank + "Status"));
        assertEquals("false", value(failedBank + "Available"));
    }

    @Test
    public void kill_9_during_a_download_resumes_it_after_restart_and_reports_it_exactly_once() throws Exception {
        byte[] big = bytes(300_000, 10);
        serve("killed.bin", big);
        GW.acs().fileFault("killed.bin", new FileFault.Throttle(60_000));
        long mark = GW.acs().mark();
        GW.rpc1(download("k-download", "4 Tone File", "killed.bin", "")).response(DownloadResponse.class);
        awaitPartFile();
        GW.kill();
        GW.acs().fileFault("killed.bin", null);

        GW.start();
        TransferComplete tc = awaitTransferComplete(mark, "k-download", "Download");
        assertSucceeded(tc);
        assertArrayEquals(big, Files.readAllBytes(GW.stateDir().resolve("transfer/files/tone/killed.bin")));
        GW.awaitReadyAfter(mark);
        GW.rpc();
        assertEquals("exactly once", 1, transferCompletes(mark).stream()
                .filter(t -> t.commandKey().equals("k-download")).count());
        assertNoWorkFiles();
    }
}
