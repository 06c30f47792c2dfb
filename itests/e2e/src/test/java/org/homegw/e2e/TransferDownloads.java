package org.homegw.e2e;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.homegw.cwmp.message.CancelTransfer;
import org.homegw.cwmp.message.CancelTransferResponse;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.DownloadResponse;
import org.homegw.cwmp.message.ScheduleDownload;
import org.homegw.cwmp.message.ScheduleDownloadResponse;
import org.homegw.cwmp.message.TimeWindowStruct;
import org.homegw.labacs.RpcOutcome;
import org.homegw.labacs.files.FileFault;
import org.junit.Test;

/**
 * Downloads that succeed: every file type stored or applied, HTTPS with trust-anchor and host-name
 * checks, a ScheduleDownload that retries inside its time window, and CancelTransfer of a running
 * download.
 * Part of the {@link TransferIT} suite (one gateway for all).
 */
public class TransferDownloads extends TransferTestBase {

    @Test
    public void each_download_file_type_is_applied_and_reported_with_fault_0() throws Exception {
        byte[] web = "<html>e2e web content</html>\n".getBytes(StandardCharsets.UTF_8);
        byte[] tone = bytes(20_000, 4);
        byte[] ringer = bytes(30_000, 5);
        serve("web.html", web);
        serve("tone.bin", tone);
        serve("ringer.bin", ringer);
        serve("config.txt", ("# e2e vendor configuration\n" + DEVICE_INFO + "ProvisioningCode=e2e.config.file\n")
                .getBytes(StandardCharsets.UTF_8));

        long mark = GW.acs().mark();
        List<RpcOutcome> answers = GW.rpc(
                download("type-2", "2 Web Content", "web.html", "index.html"),
                download("type-3", "3 Vendor Configuration File", "config.txt", ""),
                download("type-4", "4 Tone File", "tone.bin", ""),
                download("type-5", "5 Ringer File", "ringer.bin", "ring-1.bin"));
        for (RpcOutcome a : answers) {
            assertEquals("Status 1: the transfer completes later", 1, a.response(DownloadResponse.class).status());
        }
        for (String key : List.of("type-2", "type-3", "type-4", "type-5")) {
            assertSucceeded(awaitTransferComplete(mark, key, "Download"));
        }
        Path stored = GW.stateDir().resolve("transfer/files");
        assertArrayEquals(web, Files.readAllBytes(stored.resolve("web-content/index.html")));
        assertArrayEquals(tone, Files.readAllBytes(stored.resolve("tone/tone.bin")));
        assertArrayEquals(ringer, Files.readAllBytes(stored.resolve("ringer/ring-1.bin")));
        assertEquals("e2e.config.file", value(DEVICE_INFO + "ProvisioningCode"));
        assertNoWorkFiles();
    }

    @Test
    public void https_file_servers_are_verified_against_the_configured_trust_anchors() {
        byte[] content = bytes(40_000, 14);
        serve("tls.bin", content);
        String trusted = LAB.trustedTlsUrl("tls.bin");
        long mark = GW.acs().mark();
        GW.rpc(new Download("tls-ok", "2 Web Content", trusted, "", "", content.length, "tls-ok.bin", 0, "", ""),
                new Download("tls-foreign", "2 Web Content", LAB.foreignTlsUrl("tls.bin"), "", "", 0, "", 0, "", ""),
                new Download("tls-name", "2 Web Content", trusted.replace("127.0.0.1", "localhost"), "", "", 0, "", 0,
                        "", ""));
        assertSucceeded(awaitTransferComplete(mark, "tls-ok", "Download"));
        assertEquals("certificate of an untrusted CA", 9015,
                awaitTransferComplete(mark, "tls-foreign", "Download").fault().faultCode());
        assertEquals("host name not in the certificate", 9015,
                awaitTransferComplete(mark, "tls-name", "Download").fault().faultCode());
    }

    @Test
    public void schedule_download_retries_inside_its_window_until_the_file_is_there() throws Exception {
        String tries = "trying again";
        int before = GW.outputCount(tries);
        long mark = GW.acs().mark();
        GW.rpc1(new ScheduleDownload("sd-retry", "2 Web Content", GW.acs().fileUrl("later.bin").toString(), "", "",
                0, "", List.of(new TimeWindowStruct(0, 120, "1 At Any Time", "", 5))))
                .response(ScheduleDownloadResponse.class);
        GW.awaitOutput(tries, before + 1);
        assertTrue("no TransferComplete while retries are left", transferCompletes(mark).isEmpty());
        byte[] content = bytes(5000, 13);
        serve("later.bin", content);
        assertSucceeded(awaitTransferComplete(mark, "sd-retry", "ScheduleDownload"));
        assertArrayEquals(content, Files.readAllBytes(GW.stateDir().resolve("transfer/files/web-content/later.bin")));
    }

    @Test
    public void cancel_transfer_stops_a_running_download_deletes_its_part_file_and_reports_nothing() throws Exception {
        byte[] big = bytes(400_000, 9);
        serve("slow.bin", big);
        GW.acs().fileFault("slow.bin", new FileFault.Throttle(40_000));
        try {
            long mark = GW.acs().mark();
            GW.rpc(download("c-running", "2 Web Content", "slow.bin", ""),
                    new Download("c-queued", "2 Web Content", GW.acs().fileUrl("slow.bin").toString(), "", "", 0, "",
                            3600, "", ""));
            awaitPartFile();
            assertEquals(Map.of("c-running", 2, "c-queued", 1), queuedStates());

            List<RpcOutcome> cancels = GW.rpc(new CancelTransfer("c-running"), new CancelTransfer("c-queued"),
                    new CancelTransfer("c-unknown"));
            cancels.get(0).response(CancelTransferResponse.class);
            cancels.get(1).response(CancelTransferResponse.class);
            assertEquals(9003, cancels.get(2).fault().faultCode());

            assertEquals(Map.of(), queuedStates());
            awaitNoWorkFiles();
            Thread.sleep(1500);
            assertTrue("a cancelled transfer sends no TransferComplete", transferCompletes(mark).isEmpty());
            assertFalse(Files.exists(GW.stateDir().resolve("transfer/files/web-content/slow.bin")));
        } finally {
            GW.acs().fileFault("slow.bin", null);
        }
    }
}
