package org.homegw.transfer.internal.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.GetQueuedTransfers;
import org.homegw.cwmp.message.GetQueuedTransfersResponse;
import org.homegw.cwmp.message.QueuedTransferStruct;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.testkit.SettableClock;
import org.homegw.testkit.TestPki;
import org.homegw.transfer.api.FirmwareInstaller.SwitchState;
import org.homegw.transfer.internal.apply.CmsImageCheck;
import org.homegw.transfer.internal.apply.DualBankFirmware;
import org.homegw.transfer.internal.testing.FakeDataModel;
import org.homegw.transfer.internal.testing.FakeSessionRequests;
import org.homegw.transfer.internal.testing.TestFileServer;
import org.homegw.transfer.internal.testing.TestGateway;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A firmware Download end to end over the dual-bank installer: switch on reboot, rollback, reporting after boot. */
public class FirmwareDownloadTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private TestFileServer server;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final FakeDataModel model = new FakeDataModel();
    private Path state;

    @Before
    public void setUp() throws Exception {
        server = TestFileServer.http();
        state = tmp.getRoot().toPath();
    }

    @After
    public void tearDown() {
        server.close();
    }

    static byte[] image(String version, int payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("HOMEGW-FIRMWARE " + version + "\n").getBytes(StandardCharsets.US_ASCII));
        byte[] p = new byte[payload];
        new Random(version.hashCode()).nextBytes(p);
        out.writeBytes(p);
        return out.toByteArray();
    }

    private TestGateway installVersion2(FakeSessionRequests session) throws Exception {
        byte[] img = image("2.0", 200_000);
        server.file("/fw-2.0.img", img);
        TestGateway gw = new TestGateway(state, clock, session, model, "boot-1", ImageCheck.NONE);
        gw.rpc(new Download("fw-2", "1 Firmware Upgrade Image", server.uri("/fw-2.0.img").toString(), "", "",
                img.length, "", 0, "", ""));
        gw.work();
        return gw;
    }

    @Test
    public void new_image_is_installed_in_the_inactive_bank_and_reported_after_the_reboot() throws Exception {
        FakeSessionRequests beforeReboot = new FakeSessionRequests();
        TestGateway gw = installVersion2(beforeReboot);
        assertEquals("reboot asked for", 1, gw.reboots.get());
        assertTrue("no TransferComplete before the new image runs", beforeReboot.transferCompletes().isEmpty());
        assertEquals(SwitchState.ARMED, gw.firmware.lastSwitch());
        assertEquals("1.0", gw.firmware.runningVersion());
        assertEquals(new GetQueuedTransfersResponse(List.of(new QueuedTransferStruct("fw-2", 2))),
                gw.rpc(new GetQueuedTransfers()));
        gw.stop();

        FakeSessionRequests afterReboot = new FakeSessionRequests();
        TestGateway rebooted = new TestGateway(state, clock, afterReboot, model, "boot-2", ImageCheck.NONE);
        assertEquals("2.0", rebooted.firmware.runningVersion());
        List<TransferComplete> tcs = afterReboot.transferCompletes();
        assertEquals(1, tcs.size());
        assertEquals("fw-2", tcs.get(0).commandKey());
        assertEquals(0, tcs.get(0).fault().faultCode());
        assertEquals(List.of(CwmpEvent.of("7 TRANSFER COMPLETE"), new CwmpEvent("M Download", "fw-2")),
                afterReboot.all().get(0).events());
        assertEquals("bank B active", List.of(false, true),
                rebooted.firmware.banks().stream().map(DualBankFirmware.Bank::active).toList());
        rebooted.stop();

        FakeSessionRequests third = new FakeSessionRequests();
        TestGateway again = new TestGateway(state, clock, third, model, "boot-3", ImageCheck.NONE);
        assertTrue("reported once only", third.transferCompletes().isEmpty());
        assertEquals("2.0", again.firmware.runningVersion());
    }

    @Test
    public void image_that_never_starts_healthy_is_rolled_back_and_reported_as_failed() throws Exception {
        installVersion2(new FakeSessionRequests()).stop();
        // three starts of the new image that die before the transfer manager comes up
        for (int boot = 2; boot <= 4; boot++) {
            new DualBankFirmware(state.resolve("firmware"), 3, "1.0").boot("boot-" + boot);
        }
        FakeSessionRequests session = new FakeSessionRequests();
        TestGateway gw = new TestGateway(state, clock, session, model, "boot-5", ImageCheck.NONE);
        assertEquals("1.0", gw.firmware.runningVersion());
        TransferComplete tc = session.transferCompletes().get(0);
        assertEquals(1, session.transferCompletes().size());
        assertEquals(9010, tc.fault().faultCode());
        assertTrue(tc.fault().faultString(), tc.fault().faultString().contains("rolled back"));
        assertTrue(gw.firmware.bootFailure("b").contains("3 attempts"));
    }

    @Test
    public void image_without_a_valid_header_fails_9018_and_nothing_changes() throws Exception {
        server.file("/junk.img", "MZ this is not firmware".getBytes(StandardCharsets.US_ASCII));
        FakeSessionRequests session = new FakeSessionRequests();
        TestGateway gw = new TestGateway(state, clock, session, model, "boot-1", ImageCheck.NONE);
        gw.rpc(new Download("junk", "1 Firmware Upgrade Image", server.uri("/junk.img").toString(), "", "", 0, "", 0,
                "", ""));
        gw.work();
        assertEquals(9018, session.transferCompletes().get(0).fault().faultCode());
        assertEquals(0, gw.reboots.get());
        assertEquals(SwitchState.NONE, gw.firmware.lastSwitch());
    }

    @Test
    public void signed_image_is_verified_unwrapped_and_installed() throws Exception {
        TestPki vendor = new TestPki("Vendor Firmware CA", clock);
        byte[] pkg = vendor.codeSigningCert("signer").signCms(image("5.0", 50_000));
        byte[] tampered = pkg.clone();
        tampered[pkg.length / 2] ^= 1;
        server.file("/fw-5.p7", pkg);
        server.file("/fw-bad.p7", tampered);
        ImageCheck cms = new CmsImageCheck(List.of(vendor.ca()), true, clock);
        FakeSessionRequests session = new FakeSessionRequests();
        TestGateway gw = new TestGateway(state, clock, session, model, "boot-1", cms);
        gw.rpc(new Download("bad", "1 Firmware Upgrade Image", server.uri("/fw-bad.p7").toString(), "", "", 0, "", 0, "",
                ""));
        gw.work();
        assertEquals(9019, session.transferCompletes().get(0).fault().faultCode());
        assertEquals(SwitchState.NONE, gw.firmware.lastSwitch());
        gw.rpc(new Download("good", "1 Firmware Upgrade Image", server.uri("/fw-5.p7").toString(), "", "", 0, "", 0, "",
                ""));
        gw.work();
        assertEquals("signed image switched: " + session.transferCompletes(), 1, gw.reboots.get());
        gw.stop();
        FakeSessionRequests after = new FakeSessionRequests();
        TestGateway rebooted = new TestGateway(state, clock, after, model, "boot-2", cms);
        assertEquals("5.0", rebooted.firmware.runningVersion());
        assertEquals(0, after.transferCompletes().get(0).fault().faultCode());
    }

    @Test
    public void a_failed_signature_check_fails_9019_before_anything_is_installed() throws Exception {
        byte[] img = image("3.0", 1000);
        server.file("/fw.img", img);
        FakeSessionRequests session = new FakeSessionRequests();
        ImageCheck refusing = (image, work) -> {
            throw new org.homegw.transfer.internal.http.TransferFailure(9019, "signature does not verify");
        };
        TestGateway gw = new TestGateway(state, clock, session, model, "boot-1", refusing);
        gw.rpc(new Download("fw", "1 Firmware Upgrade Image", server.uri("/fw.img").toString(), "", "", 0, "", 0, "", ""));
        gw.work();
        assertEquals(9019, session.transferCompletes().get(0).fault().faultCode());
        assertEquals(SwitchState.NONE, gw.firmware.lastSwitch());
        assertEquals(0, gw.reboots.get());
    }
}
