package org.homegw.transfer.internal.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.AllQueuedTransferStruct;
import org.homegw.cwmp.message.CancelTransfer;
import org.homegw.cwmp.message.CancelTransferResponse;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetAllQueuedTransfers;
import org.homegw.cwmp.message.GetAllQueuedTransfersResponse;
import org.homegw.cwmp.message.ScheduleDownload;
import org.homegw.cwmp.message.ScheduleDownloadResponse;
import org.homegw.cwmp.message.TimeWindowStruct;
import org.homegw.cwmp.message.Upload;
import org.homegw.cwmp.message.UploadResponse;
import org.homegw.testkit.SettableClock;
import org.homegw.transfer.internal.testing.FakeDataModel;
import org.homegw.transfer.internal.testing.FakeSessionRequests;
import org.homegw.transfer.internal.testing.TestFileServer;
import org.homegw.transfer.internal.testing.TestGateway;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Upload, ScheduleDownload, CancelTransfer and the queue listings. */
public class UploadAndQueueTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private TestFileServer server;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final FakeSessionRequests session = new FakeSessionRequests();
    private final FakeDataModel model = new FakeDataModel()
            .put("Device.ManagementServer.PeriodicInformInterval", "3600", "unsignedInt", true)
            .put("Device.ManagementServer.Password", "", "string", true)
            .put("Device.DeviceInfo.ProvisioningCode", "line1\nline2", "string", true)
            .put("Device.DeviceInfo.Manufacturer", "homegw", "string", false);
    private Path state;
    private TestGateway gw;

    @Before
    public void setUp() throws Exception {
        server = TestFileServer.http();
        state = tmp.getRoot().toPath();
        gw = new TestGateway(state, clock, session, model, "boot-1", ImageCheck.NONE);
    }

    @After
    public void tearDown() {
        gw.stop();
        server.close();
    }

    private static int faultOf(CwmpMessage m) {
        return ((FaultMessage) m).faultCode();
    }

    @Test
    public void configuration_upload_exports_writable_parameters_and_restores_them() throws Exception {
        server.putTarget("/up/cfg");
        CwmpMessage answer = gw.rpc(new Upload("up", "1 Vendor Configuration File", server.uri("/up/cfg").toString(), "",
                "", 0));
        assertEquals(1, ((UploadResponse) answer).status());
        gw.work();
        String exported = new String(server.uploaded("/up/cfg"), StandardCharsets.UTF_8);
        assertTrue(exported, exported.contains("Device.ManagementServer.PeriodicInformInterval=3600\n"));
        assertTrue(exported, exported.contains("Device.DeviceInfo.ProvisioningCode=line1\\nline2\n"));
        assertTrue("read-only parameters are not exported", !exported.contains("Manufacturer"));
        assertTrue("secrets are not exported", !exported.contains("Password"));
        assertEquals(List.of(CwmpEvent.of("7 TRANSFER COMPLETE"), new CwmpEvent("M Upload", "up")),
                session.all().get(0).events());
        assertEquals(0, session.transferCompletes().get(0).fault().faultCode());

        model.put("Device.ManagementServer.PeriodicInformInterval", "60", "unsignedInt", true)
                .put("Device.DeviceInfo.ProvisioningCode", "other", "string", true);
        server.file("/cfg", server.uploaded("/up/cfg"));
        gw.rpc(new Download("restore", "3 Vendor Configuration File", server.uri("/cfg").toString(), "", "", 0, "", 0,
                "", ""));
        gw.work();
        assertEquals("3600", model.value("Device.ManagementServer.PeriodicInformInterval"));
        assertEquals("line1\nline2", model.value("Device.DeviceInfo.ProvisioningCode"));
    }

    @Test
    public void log_upload_sends_the_recent_log_oldest_first() throws Exception {
        Files.createDirectories(state.resolve("log"));
        Files.writeString(state.resolve("log/homegw.log.1"), "older line\n");
        Files.writeString(state.resolve("log/homegw.log"), "newest line\n");
        server.putTarget("/up/log");
        gw.rpc(new Upload("log", "2 Vendor Log File", server.uri("/up/log").toString(), "", "", 0));
        gw.work();
        assertEquals("older line\nnewest line\n", new String(server.uploaded("/up/log"), StandardCharsets.UTF_8));
    }

    @Test
    public void numbered_log_upload_sends_the_log_of_that_vendor_log_file_row() throws Exception {
        Files.createDirectories(state.resolve("log"));
        Files.writeString(state.resolve("log/homegw.log"), "gateway line\n");
        Files.writeString(state.resolve("log/audit.log.1"), "audit older\n");
        Files.writeString(state.resolve("log/audit.log"), "audit newest\n");
        server.putTarget("/up/1");
        server.putTarget("/up/2");
        gw.rpc(new Upload("l1", "4 Vendor Log File 1", server.uri("/up/1").toString(), "", "", 0));
        gw.rpc(new Upload("l2", "4 Vendor Log File 2", server.uri("/up/2").toString(), "", "", 0));
        gw.work();
        assertEquals("gateway line\n", new String(server.uploaded("/up/1"), StandardCharsets.UTF_8));
        assertEquals("audit older\naudit newest\n", new String(server.uploaded("/up/2"), StandardCharsets.UTF_8));
        assertEquals(List.of(0, 0), session.transferCompletes().stream().map(t -> t.fault().faultCode()).toList());
    }

    @Test
    public void upload_of_a_row_the_device_does_not_have_fails_9003() {
        String url = server.uri("/up").toString();
        assertEquals(9003, faultOf(gw.rpc(new Upload("u", "4 Vendor Log File 3", url, "", "", 0))));
        assertEquals(9003, faultOf(gw.rpc(new Upload("u", "3 Vendor Configuration File 2", url, "", "", 0))));
        assertEquals(9003, faultOf(gw.rpc(new Upload("u", "4 Vendor Log File 0", url, "", "", 0))));
        assertEquals(9003, faultOf(gw.rpc(new Upload("u", "3 Vendor Log File 1", url, "", "", 0))));
        assertTrue(gw.rpc(new Upload("u", "3 Vendor Configuration File 1", url, "", "", 0)) instanceof UploadResponse);
    }

    @Test
    public void upload_rejects_unknown_types_and_reports_server_refusal() {
        assertEquals(9003, faultOf(gw.rpc(new Upload("u", "5 Something", "http://127.0.0.1/x", "", "", 0))));
        assertEquals(9001, faultOf(gw.rpc(new Upload("u", "X ACME Dump", "http://127.0.0.1/x", "", "", 0))));
        gw.rpc(new Upload("u", "1 Vendor Configuration File", server.uri("/nowhere").toString(), "", "", 0));
        gw.work();
        assertEquals(9016, session.transferCompletes().get(0).fault().faultCode());
    }

    @Test
    public void cancels_a_transfer_that_has_not_started() {
        gw.rpc(new Download("later", "2 Web Content", server.uri("/w").toString(), "", "", 0, "", 600, "", ""));
        assertEquals(new CancelTransferResponse(), gw.rpc(new CancelTransfer("later")));
        gw.advance(Duration.ofSeconds(700));
        assertTrue(server.requests().isEmpty());
        assertTrue("a cancelled transfer is not reported", session.all().isEmpty());
        assertEquals(9003, faultOf(gw.rpc(new CancelTransfer("unknown"))));
    }

    @Test
    public void cancel_of_a_started_transfer_fails_9021() throws Exception {
        server.file("/fw.img", FirmwareDownloadTest.image("2.0", 100));
        gw.rpc(new Download("fw", "1 Firmware Upgrade Image", server.uri("/fw.img").toString(), "", "", 0, "", 0, "", ""));
        gw.work();
        assertEquals(9021, faultOf(gw.rpc(new CancelTransfer("fw"))));
    }

    @Test
    public void lists_all_queued_transfers_with_their_state() {
        gw.rpc(new Download("d", "4 Tone File", server.uri("/t").toString(), "", "", 1234, "ring.wav", 600, "", ""));
        gw.rpc(new Upload("u", "2 Vendor Log File", server.uri("/u").toString(), "", "", 600));
        assertEquals(new GetAllQueuedTransfersResponse(List.of(
                new AllQueuedTransferStruct("d", 1, true, "4 Tone File", 1234, "ring.wav"),
                new AllQueuedTransferStruct("u", 1, false, "2 Vendor Log File", 0, ""))),
                gw.rpc(new GetAllQueuedTransfers()));
    }

    @Test
    public void schedule_download_runs_inside_its_window() {
        server.file("/w", new byte[10]);
        assertEquals(new ScheduleDownloadResponse(), gw.rpc(new ScheduleDownload("sd", "2 Web Content",
                server.uri("/w").toString(), "", "", 10, "", List.of(new TimeWindowStruct(60, 120, "1 At Any Time", "", -1)))));
        gw.work();
        gw.advance(Duration.ofSeconds(59));
        assertTrue(server.requests().isEmpty());
        gw.advance(Duration.ofSeconds(1));
        assertEquals(0, session.transferCompletes().get(0).fault().faultCode());
        assertEquals("2026-11-27T08:01:00Z", session.transferCompletes().get(0).startTime());
        assertEquals(new CwmpEvent("M ScheduleDownload", "sd"), session.all().get(0).events().get(1));
    }

    @Test
    public void schedule_download_without_a_usable_window_fails_9020() {
        gw.rpc(new ScheduleDownload("sd", "2 Web Content", server.uri("/w").toString(), "", "", 0, "",
                List.of(new TimeWindowStruct(10, 20, "4 Confirmation Needed", "Upgrade?", -1))));
        gw.advance(Duration.ofSeconds(10));
        assertEquals(9020, session.transferCompletes().get(0).fault().faultCode());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    public void schedule_download_rejects_invalid_windows() {
        String url = server.uri("/w").toString();
        assertEquals(9003, faultOf(gw.rpc(new ScheduleDownload("sd", "2 Web Content", url, "", "", 0, "",
                List.of(new TimeWindowStruct(20, 10, "1 At Any Time", "", -1))))));
        assertEquals(9003, faultOf(gw.rpc(new ScheduleDownload("sd", "2 Web Content", url, "", "", 0, "",
                List.of(new TimeWindowStruct(0, 100, "1 At Any Time", "", -1),
                        new TimeWindowStruct(50, 150, "1 At Any Time", "", -1))))));
        assertEquals(9003, faultOf(gw.rpc(new ScheduleDownload("sd", "2 Web Content", url, "", "", 0, "", List.of()))));
        assertEquals(9003, faultOf(gw.rpc(new ScheduleDownload("sd", "2 Web Content", url, "", "", 0, "",
                List.of(new TimeWindowStruct(0, 10, "9 Whenever", "", -1))))));
    }
}
