package org.homegw.e2e;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.DownloadResponse;
import org.homegw.cwmp.message.ScheduleDownload;
import org.homegw.cwmp.message.ScheduleDownloadResponse;
import org.homegw.cwmp.message.TimeWindowStruct;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.labacs.RpcOutcome;
import org.homegw.labacs.files.FileFault;
import org.junit.Test;

/**
 * Every way a download fails, each with its exact FaultCode in the TransferComplete or the RPC answer.
 * Part of the {@link TransferIT} suite (one gateway for all).
 */
public class TransferFaults extends TransferTestBase {

    @Test
    public void every_download_fault_path_reports_its_exact_fault_code() throws Exception {
        byte[] file = bytes(60_000, 7);
        serve("truncated.bin", file);
        GW.acs().fileFault("truncated.bin", new FileFault.Truncate(1_000));
        serve("sized.bin", file);
        serve("protected.bin", file);
        byte[] unsigned = FirmwareSigner.image("e2e-unsigned", 10_000);
        serve("fw-unsigned.img", unsigned);
        serve("fw-tampered.img", LAB.signer().tampered(FirmwareSigner.image("e2e-tampered", 10_000)));
        serve("fw-foreign.img", FirmwareSigner.create("someone else").signed(FirmwareSigner.image("e2e-foreign", 10_000)));
        String closedPort = "http://127.0.0.1:" + E2eGateway.freePort() + "/files/x.bin";
        String softwareVersion = value(DEVICE_INFO + "SoftwareVersion");

        long mark = GW.acs().mark();
        Map<String, Integer> expected = new LinkedHashMap<>();
        List<CwmpRequest> requests = new ArrayList<>();
        expected.put("f-contact", 9015);
        requests.add(new Download("f-contact", "2 Web Content", closedPort, "", "", 0, "", 0, "", ""));
        expected.put("f-404", 9016);
        requests.add(download("f-404", "2 Web Content", "no-such-file.bin", ""));
        expected.put("f-401-none", 9012);
        requests.add(new Download("f-401-none", "2 Web Content", LAB.protectedUrl("protected.bin"), "", "", 0, "", 0,
                "", ""));
        expected.put("f-401-wrong", 9012);
        requests.add(new Download("f-401-wrong", "2 Web Content", LAB.protectedUrl("protected.bin"),
                TransferLab.PROTECTED_USER, "wrong", 0, "", 0, "", ""));
        expected.put("f-401-right", 0);
        requests.add(new Download("f-401-right", "2 Web Content", LAB.protectedUrl("protected.bin"),
                TransferLab.PROTECTED_USER, TransferLab.PROTECTED_PASSWORD, file.length, "protected.bin", 0, "", ""));
        expected.put("f-truncated", 9017);
        requests.add(download("f-truncated", "2 Web Content", "truncated.bin", ""));
        expected.put("f-size", 9018);
        requests.add(new Download("f-size", "2 Web Content", GW.acs().fileUrl("sized.bin").toString(), "", "",
                file.length + 1, "", 0, "", ""));
        expected.put("f-unsigned", 9019);
        requests.add(download("f-unsigned", "1 Firmware Upgrade Image", "fw-unsigned.img", ""));
        expected.put("f-tampered", 9019);
        requests.add(download("f-tampered", "1 Firmware Upgrade Image", "fw-tampered.img", ""));
        expected.put("f-foreign", 9019);
        requests.add(download("f-foreign", "1 Firmware Upgrade Image", "fw-foreign.img", ""));
        List<RpcOutcome> answers = GW.rpc(requests.toArray(CwmpRequest[]::new));
        answers.forEach(a -> assertEquals(1, a.response(DownloadResponse.class).status()));

        // answered in the RPC itself
        assertEquals(9003, GW.rpc1(new Download("f-url", "2 Web Content", "http://[::1/x", "", "", 0, "", 0, "", ""))
                .fault().faultCode());
        assertEquals(9013, GW.rpc1(new Download("f-scheme", "2 Web Content", "sftp://127.0.0.1/x", "", "", 0, "", 0,
                "", "")).fault().faultCode());

        Map<String, Integer> got = new LinkedHashMap<>();
        for (String key : expected.keySet()) {
            got.put(key, awaitTransferComplete(mark, key, "Download").fault().faultCode());
        }
        assertEquals(expected, got);
        assertEquals("no failed image changed the firmware", softwareVersion, value(DEVICE_INFO + "SoftwareVersion"));
        assertNoWorkFiles();
        GW.acs().fileFault("truncated.bin", null);
    }

    @Test
    public void schedule_download_without_a_usable_window_reports_9020() {
        serve("scheduled.bin", bytes(1000, 8));
        long mark = GW.acs().mark();
        GW.rpc1(new ScheduleDownload("f-window", "2 Web Content", GW.acs().fileUrl("scheduled.bin").toString(), "", "",
                1000, "", List.of(new TimeWindowStruct(0, 60, "4 Confirmation Needed", "Upgrade?", -1))))
                .response(ScheduleDownloadResponse.class);
        TransferComplete tc = awaitTransferComplete(mark, "f-window", "ScheduleDownload");
        assertEquals(9020, tc.fault().faultCode());
    }
}
