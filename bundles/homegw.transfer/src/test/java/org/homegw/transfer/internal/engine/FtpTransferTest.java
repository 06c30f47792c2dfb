package org.homegw.transfer.internal.engine;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Random;

import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.DownloadResponse;
import org.homegw.cwmp.message.Upload;
import org.homegw.testkit.SettableClock;
import org.homegw.transfer.internal.testing.FakeDataModel;
import org.homegw.transfer.internal.testing.FakeSessionRequests;
import org.homegw.transfer.internal.testing.TestFtpServer;
import org.homegw.transfer.internal.testing.TestGateway;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Download and Upload with ftp:// URLs through the transfer engine. */
public class FtpTransferTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final FakeSessionRequests session = new FakeSessionRequests();
    private final FakeDataModel model = new FakeDataModel()
            .put("Device.ManagementServer.PeriodicInformInterval", "900", "unsignedInt", true);
    private final byte[] content = new byte[120_000];
    private TestFtpServer ftp;
    private TestGateway gw;

    @Before
    public void setUp() throws Exception {
        new Random(13).nextBytes(content);
        ftp = new TestFtpServer();
        ftp.account("cpe", "pw");
        ftp.file("/tones/t.bin", content);
        gw = new TestGateway(tmp.getRoot().toPath(), clock, session, model, "boot-1", ImageCheck.NONE);
    }

    @After
    public void tearDown() throws Exception {
        gw.stop();
        ftp.close();
    }

    @Test
    public void ftp_download_is_stored_and_reported() throws Exception {
        assertEquals(1, ((DownloadResponse) gw.rpc(new Download("t", "4 Tone File", ftp.uri("/tones/t.bin").toString(),
                "cpe", "pw", content.length, "", 0, "", ""))).status());
        gw.work();
        assertEquals(0, session.transferCompletes().get(0).fault().faultCode());
        assertArrayEquals(content, Files.readAllBytes(tmp.getRoot().toPath().resolve("transfer/files/tone/t.bin")));
    }

    @Test
    public void ftp_data_cut_short_is_resumed_with_rest_then_given_up_with_9017() throws Exception {
        ftp.cut("/tones/t.bin", 30_000);
        gw.rpc(new Download("t", "4 Tone File", ftp.uri("/tones/t.bin").toString(), "cpe", "pw", 0, "", 0, "", ""));
        gw.work();
        assertEquals(9017, session.transferCompletes().get(0).fault().faultCode());
        assertEquals("3 attempts, the later ones resumed", java.util.List.of("REST 30000", "REST 60000"),
                ftp.commands().stream().filter(c -> c.startsWith("REST")).toList());
    }

    @Test
    public void ftp_upload_stores_the_configuration() {
        gw.rpc(new Upload("u", "1 Vendor Configuration File", ftp.uri("/cfg.txt").toString(), "cpe", "pw", 0));
        gw.work();
        assertEquals(0, session.transferCompletes().get(0).fault().faultCode());
        String stored = new String(ftp.stored("/cfg.txt"));
        assertTrue(stored, stored.contains("\nDevice.ManagementServer.PeriodicInformInterval=900\n"));
    }
}
