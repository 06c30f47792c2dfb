package org.homegw.transfer.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.DownloadResponse;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.cwmp.message.Upload;
import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LabAcsConfig;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;
import org.homegw.labacs.auth.AuthPolicy;
import org.homegw.testkit.SettableClock;
import org.homegw.transfer.internal.testing.FakeDataModel;
import org.homegw.transfer.internal.testing.ManualScheduler;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Transfers end to end: the lab ACS sends the RPC and serves the files (Digest-protected), the real
 * CWMP client dispatches it to the transfer manager, and the TransferComplete travels back through
 * the client's persisted request queue.
 */
public class LabAcsTransferTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String DEVICE = "SN0001";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final ManualScheduler time = new ManualScheduler(clock);
    private final FakeDataModel model = new FakeDataModel();
    private LabAcs acs;
    private Path files;
    private Path state;

    @Before
    public void setUp() throws Exception {
        files = tmp.newFolder("acs-files").toPath();
        state = tmp.newFolder("cpe-state").toPath();
        acs = LabAcs.start(LabAcsConfig.builder().deviceAuth(AuthPolicy.digest("cpe", "secret"))
                .fileAuth(AuthPolicy.digest("files", "f1les")).filesDir(files)
                .uploadsDir(tmp.newFolder("acs-uploads").toPath()).build());
    }

    @After
    public void tearDown() {
        acs.close();
    }

    private CpeStack boot(String bootId) throws Exception {
        CpeStack cpe = new CpeStack(state, acs.url().toString(), clock, time, model, bootId);
        cpe.boot();
        return cpe;
    }

    private List<TransferComplete> acceptedTransferCompletes() {
        return acs.log(DEVICE, LogEntry.CpeRequestReceived.class).stream()
                .filter(r -> r.request() instanceof TransferComplete && !(r.answer() instanceof org.homegw.cwmp.message.FaultMessage))
                .map(r -> (TransferComplete) r.request()).toList();
    }

    @Test
    public void firmware_download_switches_banks_and_the_boot_inform_carries_the_transfer_events() throws Exception {
        byte[] image = ("HOMEGW-FIRMWARE 2.0\n").getBytes(StandardCharsets.US_ASCII);
        byte[] payload = new byte[300_000];
        new Random(9).nextBytes(payload);
        Files.write(files.resolve("fw-2.0.img"), image);
        Files.write(files.resolve("fw-2.0.img"), payload, java.nio.file.StandardOpenOption.APPEND);
        long size = Files.size(files.resolve("fw-2.0.img"));
        PendingRpc download = acs.queue(DEVICE, new Download("fw-2.0", "1 Firmware Upgrade Image",
                acs.fileUrl("fw-2.0.img").toString(), "files", "f1les", size, "", 0, "", ""));

        CpeStack first = boot("boot-1");
        time.runDue();
        assertEquals(1, acs.awaitResponse(download, WAIT).response(DownloadResponse.class).status());
        assertEquals("the new image waits in bank B for the reboot", 1, first.reboots.get());
        // installed after the Download session had ended: the client reboots at once, no session in between
        assertEquals(List.of("session ended", "reboot asked", "reboot"),
                first.timeline.subList(first.timeline.size() - 3, first.timeline.size()));
        assertEquals("1.0", first.firmware.runningVersion());
        assertTrue(acceptedTransferCompletes().isEmpty());

        long mark = acs.mark();
        CpeStack second = boot("boot-2");
        time.runDue();
        LogEntry.InformReceived inform = acs.awaitInform(DEVICE, mark, i -> true, WAIT);
        assertTrue(inform.hasEvent("1 BOOT"));
        assertTrue(inform.hasEvent("7 TRANSFER COMPLETE"));
        assertEquals("fw-2.0", inform.commandKey("M Download").orElseThrow());
        assertEquals("2.0", second.firmware.runningVersion());
        List<TransferComplete> tcs = acceptedTransferCompletes();
        assertEquals(1, tcs.size());
        assertEquals("fw-2.0", tcs.get(0).commandKey());
        assertEquals(0, tcs.get(0).fault().faultCode());

        second.agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        time.runDue();
        assertEquals("delivered once", 1, acceptedTransferCompletes().size());
    }

    @Test
    public void transfer_complete_the_acs_asks_to_retry_is_sent_again_and_accepted_once() throws Exception {
        Files.writeString(files.resolve("missing-not"), "x");
        // 8005 Retry request: the CPE keeps the TransferComplete for a later session (other faults drop it)
        acs.faultCpeRequest("TransferComplete", 8005, 1);
        PendingRpc download = acs.queue(DEVICE, new Download("gone", "2 Web Content",
                acs.fileUrl("no-such-file").toString(), "files", "f1les", 0, "", 0, "", ""));
        CpeStack cpe = boot("boot-1");
        time.runDue();
        acs.awaitResponse(download, WAIT);
        assertTrue("refused once", acceptedTransferCompletes().isEmpty());
        for (int i = 0; i < 12 && acceptedTransferCompletes().isEmpty(); i++) {
            time.advance(Duration.ofSeconds(10));
        }
        if (acceptedTransferCompletes().isEmpty()) {
            // the next session, whatever opens it, carries the kept request
            cpe.agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
            time.runDue();
        }
        List<TransferComplete> tcs = acceptedTransferCompletes();
        assertEquals(1, tcs.size());
        assertEquals(9016, tcs.get(0).fault().faultCode());
        assertEquals(2, acs.log(DEVICE, LogEntry.CpeRequestReceived.class).stream()
                .filter(r -> r.request() instanceof TransferComplete).count());
        cpe.agent.stop();
    }

    @Test
    public void configuration_upload_lands_on_the_acs_file_server() throws Exception {
        model.put("Device.ManagementServer.PeriodicInformInterval", "600", "unsignedInt", true);
        PendingRpc upload = acs.queue(DEVICE, new Upload("cfg-1", "1 Vendor Configuration File",
                acs.uploadUrl("cfg.txt").toString(), "files", "f1les", 0));
        boot("boot-1");
        time.runDue();
        acs.awaitResponse(upload, WAIT);
        assertEquals(1, acs.uploads().size());
        String body = Files.readString(acs.uploads().get(0).path());
        assertTrue(body, body.contains("Device.ManagementServer.PeriodicInformInterval=600\n"));
        assertEquals(0, acceptedTransferCompletes().get(0).fault().faultCode());
    }
}
