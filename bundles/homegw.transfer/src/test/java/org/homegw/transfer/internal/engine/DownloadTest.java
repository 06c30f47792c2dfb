package org.homegw.transfer.internal.engine;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.CwmpDateTime;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.DownloadResponse;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.TransferComplete;
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

public class DownloadTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private TestFileServer server;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final FakeSessionRequests session = new FakeSessionRequests();
    private final FakeDataModel model = new FakeDataModel();
    private Path state;
    private TestGateway gw;
    private final byte[] tone = new byte[50_000];

    @Before
    public void setUp() throws Exception {
        new Random(1).nextBytes(tone);
        server = TestFileServer.http();
        state = tmp.getRoot().toPath();
        gw = new TestGateway(state, clock, session, model, "boot-1", ImageCheck.NONE);
    }

    @After
    public void tearDown() {
        gw.stop();
        server.close();
    }

    private Download download(String key, String fileType, String path, long size, long delay) {
        return new Download(key, fileType, server.uri(path).toString(), "", "", size, "", delay, "", "");
    }

    private TransferComplete onlyTransferComplete() {
        List<TransferComplete> tcs = session.transferCompletes();
        assertEquals("exactly one TransferComplete: " + tcs, 1, tcs.size());
        return tcs.get(0);
    }

    private int faultOf(CwmpMessage m) {
        return ((FaultMessage) m).faultCode();
    }

    @Test
    public void answers_status_1_and_reports_transfer_complete_with_its_events() throws Exception {
        server.file("/ring.wav", tone);
        CwmpMessage answer = gw.rpc(download("k1", "5 Ringer File", "/ring.wav", tone.length, 0));
        assertEquals(new DownloadResponse(1, CwmpDateTime.UNKNOWN_TIME, CwmpDateTime.UNKNOWN_TIME), answer);
        assertTrue("nothing is transferred on the session thread", server.requests().isEmpty());
        gw.work();
        TransferComplete tc = onlyTransferComplete();
        assertEquals("k1", tc.commandKey());
        assertEquals(0, tc.fault().faultCode());
        assertEquals("2026-11-27T08:00:00Z", tc.startTime());
        assertEquals(List.of(CwmpEvent.of("7 TRANSFER COMPLETE"), new CwmpEvent("M Download", "k1")),
                session.all().get(0).events());
        assertArrayEquals(tone, Files.readAllBytes(state.resolve("transfer/files/ringer/ring.wav")));
        assertTrue("finished transfers leave the queue", gw.engine.transfers().isEmpty());
    }

    @Test
    public void waits_for_delay_seconds() throws Exception {
        server.file("/ring.wav", tone);
        gw.rpc(download("k1", "5 Ringer File", "/ring.wav", 0, 30));
        gw.work();
        gw.advance(Duration.ofSeconds(29));
        assertTrue(server.requests().isEmpty());
        gw.advance(Duration.ofSeconds(1));
        assertEquals(0, onlyTransferComplete().fault().faultCode());
    }

    @Test
    public void stored_file_name_never_leaves_its_directory() throws Exception {
        server.file("/t.bin", tone);
        gw.rpc(new Download("k", "4 Tone File", server.uri("/t.bin").toString(), "", "", 0, "../../evil", 0, "", ""));
        gw.work();
        assertTrue(Files.exists(state.resolve("transfer/files/tone/evil")));
    }

    @Test
    public void refuses_vendor_and_unknown_file_types() {
        assertEquals(9001, faultOf(gw.rpc(download("k", "X 00D09E VendorBlob", "/x", 0, 0))));
        assertEquals(9003, faultOf(gw.rpc(download("k", "6 Stored Firmware Image", "/x", 0, 0))));
        assertEquals(9003, faultOf(gw.rpc(download("k", "garbage", "/x", 0, 0))));
        assertTrue(gw.engine.transfers().isEmpty());
    }

    @Test
    public void refuses_bad_urls() {
        assertEquals(9013, faultOf(gw.rpc(new Download("k", "2 Web Content", "sftp://127.0.0.1/f", "", "", 0, "", 0, "", ""))));
        assertEquals(9003, faultOf(gw.rpc(new Download("k", "2 Web Content", "not a url", "", "", 0, "", 0, "", ""))));
        assertEquals(9003, faultOf(gw.rpc(new Download("k", "2 Web Content", "http://u:p@127.0.0.1/f", "", "", 0, "", 0,
                "", ""))));
    }

    @Test
    public void queue_is_bounded_with_9004() {
        for (int i = 0; i < 16; i++) {
            assertTrue(gw.rpc(download("k" + i, "2 Web Content", "/w", 0, 3600)) instanceof DownloadResponse);
        }
        assertEquals(9004, faultOf(gw.rpc(download("k16", "2 Web Content", "/w", 0, 3600))));
        assertEquals(9004, faultOf(gw.rpc(download("big", "2 Web Content", "/w", TestGateway.MAX_FILE + 1, 0))));
    }

    @Test
    public void unreachable_server_completes_with_9015() throws Exception {
        gw.rpc(new Download("k", "2 Web Content", "http://no-such-host.invalid/f", "", "", 0, "", 0, "", ""));
        gw.work();
        assertEquals(9015, onlyTransferComplete().fault().faultCode());
    }

    @Test
    public void missing_file_completes_with_9016() {
        gw.rpc(download("k", "2 Web Content", "/missing", 0, 0));
        gw.work();
        assertEquals(9016, onlyTransferComplete().fault().faultCode());
    }

    @Test
    public void refused_credentials_complete_with_9012() {
        server.file("/w", tone);
        server.basic("/w", "cpe", "pw");
        gw.rpc(new Download("k", "2 Web Content", server.uri("/w").toString(), "cpe", "bad", 0, "", 0, "", ""));
        gw.work();
        assertEquals(9012, onlyTransferComplete().fault().faultCode());
    }

    @Test
    public void body_cut_short_on_every_attempt_completes_with_9017_and_nothing_stored() {
        server.truncated("/w", tone, 10_000);
        gw.rpc(download("k", "2 Web Content", "/w", 0, 0));
        gw.work();
        assertEquals(9017, onlyTransferComplete().fault().faultCode());
        assertEquals("three attempts, resumed with Range", 3, server.requests("/w").size());
        assertEquals("bytes=10000-", server.requests("/w").get(1).header("Range"));
        assertFalse(Files.exists(state.resolve("transfer/files/web-content/w")));
        assertTrue("work files are removed", emptyDir(state.resolve("transfer/work")));
    }

    @Test
    public void wrong_file_size_completes_with_9018() {
        server.file("/w", tone);
        gw.rpc(download("k", "2 Web Content", "/w", tone.length + 1, 0));
        gw.rpc(download("k2", "2 Web Content", "/w", tone.length - 1, 0));
        gw.work();
        List<TransferComplete> tcs = session.transferCompletes();
        assertEquals(2, tcs.size());
        assertEquals(9018, tcs.get(0).fault().faultCode());
        assertEquals(9018, tcs.get(1).fault().faultCode());
    }

    @Test
    public void configuration_file_is_applied_atomically() throws Exception {
        model.put("Device.ManagementServer.PeriodicInformInterval", "3600", "unsignedInt", true)
                .put("Device.DeviceInfo.ProvisioningCode", "", "string", true)
                .put("Device.DeviceInfo.Manufacturer", "homegw", "string", false);
        server.file("/good.cfg", ("# test\nDevice.ManagementServer.PeriodicInformInterval=600\n"
                + "Device.DeviceInfo.ProvisioningCode=a\\nb\n").getBytes(StandardCharsets.UTF_8));
        server.file("/bad.cfg", ("Device.DeviceInfo.ProvisioningCode=changed\n"
                + "Device.DeviceInfo.Manufacturer=evil\n").getBytes(StandardCharsets.UTF_8));
        gw.rpc(download("good", "3 Vendor Configuration File", "/good.cfg", 0, 0));
        gw.work();
        assertEquals("600", model.value("Device.ManagementServer.PeriodicInformInterval"));
        assertEquals("a\nb", model.value("Device.DeviceInfo.ProvisioningCode"));
        gw.rpc(download("bad", "3 Vendor Configuration File", "/bad.cfg", 0, 0));
        gw.work();
        TransferComplete bad = session.transferCompletes().get(1);
        assertEquals(9018, bad.fault().faultCode());
        assertTrue(bad.fault().faultString(), bad.fault().faultString().contains("Device.DeviceInfo.Manufacturer"));
        assertEquals("nothing of a rejected file is applied", "a\nb", model.value("Device.DeviceInfo.ProvisioningCode"));
    }

    @Test
    public void transfer_complete_is_repeated_after_a_crash_before_it_was_handed_over() throws Exception {
        server.file("/w", tone);
        gw.rpc(download("k", "2 Web Content", "/w", 0, 0));
        // the client never received it: simulate by dropping the fake's memory of a restart
        gw.work();
        assertEquals(1, session.transferCompletes().size());
        gw.stop();
        FakeSessionRequests afterRestart = new FakeSessionRequests();
        gw = new TestGateway(state, clock, afterRestart, model, "boot-2", ImageCheck.NONE);
        gw.work();
        assertTrue("a delivered TransferComplete is not repeated", afterRestart.transferCompletes().isEmpty());
    }

    private static boolean emptyDir(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
