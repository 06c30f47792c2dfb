package org.homegw.diagnostics.internal.transfer;

import static org.homegw.diagnostics.internal.transfer.Tr143Times.assertInOrder;
import static org.homegw.diagnostics.internal.transfer.Tr143Times.time;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.homegw.diagnostics.internal.core.Harness;
import org.homegw.diagnostics.internal.core.LabHosts;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.testkit.TestFtpServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** TR-143 download and upload over FTP through the provider SPI against an FTP server on 127.0.0.1. */
public class FtpTransferDiagnosticsTest {

    private static final HostResolver LAB = LabHosts.LOOPBACK_ONLY;
    private static final Path SYS_CLASS_NET = Path.of("/sys/class/net");

    private TestFtpServer ftp;
    private Harness download;
    private Harness upload;

    @Before
    public void setUp() throws Exception {
        ftp = new TestFtpServer();
        ftp.file("/big.bin", new byte[300_000]);
        download = new Harness(new DownloadTest(LAB, Clock.systemUTC(), SYS_CLASS_NET, 5_000));
        upload = new Harness(new UploadTest(LAB, Clock.systemUTC(), SYS_CLASS_NET, 5_000, 1 << 24));
    }

    @After
    public void tearDown() throws Exception {
        download.close();
        upload.close();
        ftp.close();
    }

    @Test
    public void downloads_a_file_anonymously_with_binary_type_and_extended_passive_mode() throws Exception {
        download.set("DownloadURL", ftp.url(null, "/big.bin"), "DiagnosticsState", "Requested");
        assertEquals("Complete", download.awaitCompletion());
        assertEquals("data-connection payload only", "300000", download.get("TestBytesReceived"));
        assertEquals("127.0.0.1", download.get("IPAddressUsed"));
        assertInOrder(download, "");
        assertTrue(download.get("ROMTime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"));
        assertTrue(ftp.commands().toString(), ftp.commands().containsAll(List.of("USER anonymous", "PASS homegw@",
                "TYPE I", "EPSV", "RETR big.bin", "QUIT")));
        assertFalse(ftp.commands().contains("PASV"));
    }

    @Test
    public void logs_in_with_the_url_account_and_falls_back_to_pasv_at_the_control_peer() throws Exception {
        ftp.account("cpe", "p@ss:word");
        ftp.withoutEpsv();
        download.set("DownloadURL", ftp.url("cpe:p%40ss%3Aword", "/big.bin"), "DiagnosticsState", "Requested");
        // the server refuses EPSV (502) and names 10.99.99.99 in its 227: the data must still reach 127.0.0.1
        assertEquals("Complete", download.awaitCompletion());
        assertEquals("300000", download.get("TestBytesReceived"));
        assertTrue(ftp.commands().toString(), ftp.commands().containsAll(List.of("USER cpe", "PASS p@ss:word", "EPSV",
                "PASV")));
    }

    @Test
    public void several_connections_report_per_connection_results() throws Exception {
        download.set("DownloadURL", ftp.url(null, "/big.bin"), "NumberOfConnections", "3",
                "EnablePerConnectionResults", "true", "DiagnosticsState", "Requested");
        assertEquals("Complete", download.awaitCompletion());
        assertEquals("900000", download.get("TestBytesReceived"));
        assertEquals("3", download.get("PerConnectionResultNumberOfEntries"));
        for (int i = 1; i <= 3; i++) {
            String row = "PerConnectionResult." + i + ".";
            assertEquals("300000", download.read(row, "TestBytesReceived"));
            assertInOrder(download, row);
            assertFalse(time(download, "", "ROMTime").isAfter(time(download, row, "ROMTime")));
            assertFalse(time(download, "", "EOMTime").isBefore(time(download, row, "EOMTime")));
        }
    }

    @Test
    public void uploads_test_file_length_bytes_with_stor() throws Exception {
        upload.set("UploadURL", ftp.url(null, "/up.bin"), "TestFileLength", "250000", "NumberOfConnections", "2",
                "EnablePerConnectionResults", "true", "DiagnosticsState", "Requested");
        assertEquals("Complete", upload.awaitCompletion());
        assertEquals(500_000, ftp.storedBytes());
        assertEquals(250_000, ftp.stored("/up.bin").length);
        assertEquals("500000", upload.get("TestBytesSent"));
        assertEquals("HTTP,FTP", upload.get("UploadTransports"));
        assertInOrder(upload, "PerConnectionResult.1.");
        assertInOrder(upload, "PerConnectionResult.2.");
        assertTrue(ftp.commands().contains("STOR up.bin"));
    }

    @Test
    public void a_time_based_ftp_upload_sends_for_its_duration() throws Exception {
        upload.set("UploadURL", ftp.url(null, "/timed.bin"), "TimeBasedTestDuration", "1",
                "DiagnosticsState", "Requested");
        assertEquals("Complete", upload.awaitCompletion());
        long sent = Long.parseLong(upload.get("TestBytesSent"));
        assertTrue("sent " + sent, sent > 0);
        assertEquals("the server stored what was sent", sent, ftp.storedBytes());
        assertTrue(java.time.Duration.between(time(upload, "", "BOMTime"), time(upload, "", "EOMTime"))
                .toMillis() >= 950);
    }

    @Test
    public void wrong_password_is_error_login_failed() throws Exception {
        ftp.account("cpe", "right");
        download.set("DownloadURL", ftp.url("cpe:wrong", "/big.bin"), "DiagnosticsState", "Requested");
        assertEquals("Error_LoginFailed", download.awaitCompletion());
        assertEquals("0", download.get("TestBytesReceived"));
    }

    @Test
    public void user_refused_is_error_password_request_failed() throws Exception {
        ftp.refuseUser();
        upload.set("UploadURL", ftp.url(null, "/x"), "TestFileLength", "10", "DiagnosticsState", "Requested");
        assertEquals("Error_PasswordRequestFailed", upload.awaitCompletion());
    }

    @Test
    public void type_refused_is_error_no_transfer_mode() throws Exception {
        ftp.refuseType();
        download.set("DownloadURL", ftp.url(null, "/big.bin"), "DiagnosticsState", "Requested");
        assertEquals("Error_NoTransferMode", download.awaitCompletion());
    }

    @Test
    public void no_passive_mode_is_error_no_pasv() throws Exception {
        ftp.withoutPassive();
        download.set("DownloadURL", ftp.url(null, "/big.bin"), "DiagnosticsState", "Requested");
        assertEquals("Error_NoPASV", download.awaitCompletion());
    }

    @Test
    public void a_missing_file_is_a_failed_transfer() throws Exception {
        download.set("DownloadURL", ftp.url(null, "/missing.bin"), "DiagnosticsState", "Requested");
        assertEquals("Error_TransferFailed", download.awaitCompletion());
    }

    @Test
    public void a_refused_stor_is_error_no_stor() throws Exception {
        ftp.refuseStor();
        upload.set("UploadURL", ftp.url(null, "/ro.bin"), "TestFileLength", "10", "DiagnosticsState", "Requested");
        assertEquals("Error_NoSTOR", upload.awaitCompletion());
    }

    @Test
    public void fewer_bytes_than_size_announced_is_error_incorrect_size() throws Exception {
        ftp.shorten("/big.bin", 1000);
        download.set("DownloadURL", ftp.url(null, "/big.bin"), "DiagnosticsState", "Requested");
        assertEquals("Error_IncorrectSize", download.awaitCompletion());
    }

    @Test
    public void a_stalled_data_connection_is_error_timeout() throws Exception {
        ftp.stall("/big.bin");
        download.set("DownloadURL", ftp.url(null, "/big.bin"), "DiagnosticsState", "Requested");
        assertEquals("Error_Timeout", download.awaitCompletion());
    }

    @Test
    public void refused_control_connection_is_error_init_connection_failed() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        download.set("DownloadURL", "ftp://127.0.0.1:" + closedPort + "/x", "DiagnosticsState", "Requested");
        assertEquals("Error_InitConnectionFailed", download.awaitCompletion());
    }

    @Test
    public void a_silent_server_is_error_no_response() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            download.set("DownloadURL", "ftp://127.0.0.1:" + silent.getLocalPort() + "/x", "DiagnosticsState",
                    "Requested");
            assertEquals("Error_NoResponse", download.awaitCompletion());
        }
    }

    @Test
    public void writing_the_url_during_a_stalled_ftp_download_cancels_it() throws Exception {
        ftp.stall("/big.bin");
        download.set("DownloadURL", ftp.url(null, "/big.bin"), "DiagnosticsState", "Requested");
        assertTrue(ftp.awaitStalled(10, TimeUnit.SECONDS));
        download.set("DownloadURL", ftp.url(null, "/other.bin"));
        assertEquals("None", download.get("DiagnosticsState"));
        download.close();
        assertEquals(0, download.completions.size());
    }
}
