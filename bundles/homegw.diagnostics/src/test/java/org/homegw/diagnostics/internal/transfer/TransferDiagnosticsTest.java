package org.homegw.diagnostics.internal.transfer;

import static org.homegw.diagnostics.internal.transfer.Tr143Times.assertInOrder;
import static org.homegw.diagnostics.internal.transfer.Tr143Times.time;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.diagnostics.internal.core.Harness;
import org.homegw.diagnostics.internal.core.LabHosts;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** TR-143 download and upload through the provider SPI against an HTTP server on 127.0.0.1. */
public class TransferDiagnosticsTest {

    private static final HostResolver LAB = LabHosts.LOOPBACK_ONLY;
    private static final Path SYS_CLASS_NET = Path.of("/sys/class/net");

    private LabHttpServer http;
    private Harness download;
    private Harness upload;

    @Before
    public void setUp() throws Exception {
        http = new LabHttpServer();
        download = new Harness(new DownloadTest(LAB, Clock.systemUTC(), SYS_CLASS_NET, 10_000));
        upload = new Harness(new UploadTest(LAB, Clock.systemUTC(), SYS_CLASS_NET, 10_000, 1 << 24));
    }

    @After
    public void tearDown() throws Exception {
        http.release.countDown();
        download.close();
        upload.close();
        http.close();
    }

    @Test
    public void downloads_a_file_and_reports_times_and_bytes() throws Exception {
        download.set("DownloadURL", http.url("/bytes/300000"), "DiagnosticsState", "Requested");
        assertEquals("Complete", download.awaitCompletion());
        long received = Long.parseLong(download.get("TestBytesReceived"));
        assertTrue("body plus HTTP headers: " + received, received > 300_000 && received < 301_000);
        assertEquals("127.0.0.1", download.get("IPAddressUsed"));
        assertInOrder(download, "");
        assertTrue(download.get("ROMTime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"));
        assertEquals("HTTP,FTP", download.get("DownloadTransports"));
        assertEquals("0", download.get("PerConnectionResultNumberOfEntries"));
        assertEquals("single connection: the whole transfer is under full loading",
                download.get("TestBytesReceived"), download.get("TestBytesReceivedUnderFullLoading"));
    }

    @Test
    public void chunked_download_counts_the_whole_body() throws Exception {
        download.set("DownloadURL", http.url("/chunked/100000"), "DiagnosticsState", "Requested");
        assertEquals("Complete", download.awaitCompletion());
        assertTrue(Long.parseLong(download.get("TestBytesReceived")) > 100_000);
    }

    @Test
    public void several_connections_give_per_connection_results() throws Exception {
        download.set("DownloadURL", http.url("/bytes/200000"), "NumberOfConnections", "3",
                "EnablePerConnectionResults", "true", "DiagnosticsState", "Requested");
        assertEquals("Complete", download.awaitCompletion());
        assertEquals(List.of(1L, 2L, 3L), download.instances("PerConnectionResult."));
        long sum = 0;
        for (long i = 1; i <= 3; i++) {
            String row = "PerConnectionResult." + i + ".";
            assertInOrder(download, row);
            sum += Long.parseLong(download.read(row, "TestBytesReceived"));
            assertTrue(!time(download, "", "ROMTime").isAfter(time(download, row, "ROMTime")));
            assertTrue(!time(download, "", "EOMTime").isBefore(time(download, row, "EOMTime")));
        }
        assertEquals(sum, Long.parseLong(download.get("TestBytesReceived")));
        assertTrue(Long.parseLong(download.get("TestBytesReceivedUnderFullLoading")) <= sum);
    }

    @Test
    public void http_error_status_is_a_failed_transfer() throws Exception {
        download.set("DownloadURL", http.url("/missing"), "DiagnosticsState", "Requested");
        assertEquals("Error_TransferFailed", download.awaitCompletion());
    }

    @Test
    public void refused_connection_is_error_init_connection_failed() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        download.set("DownloadURL", "http://127.0.0.1:" + closedPort + "/x", "DiagnosticsState", "Requested");
        assertEquals("Error_InitConnectionFailed", download.awaitCompletion());
    }

    @Test
    public void unresolvable_host_is_error_cannot_resolve_host_name() throws Exception {
        download.set("DownloadURL", "http://nowhere.invalid/x", "DiagnosticsState", "Requested");
        assertEquals("Error_CannotResolveHostName", download.awaitCompletion());
    }

    @Test
    public void refuses_https_urls_and_ftp_urls_without_a_file() {
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE,
                download.set("DownloadURL", "ftp://127.0.0.1/", "DiagnosticsState", "Requested").faultOrNull().code());
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE,
                download.set("DownloadURL", "ftp://127.0.0.1/a%0d%0aDELE%20b", "DiagnosticsState", "Requested")
                        .faultOrNull().code());
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE,
                download.set("DownloadURL", "https://127.0.0.1/x", "DiagnosticsState", "Requested").faultOrNull()
                        .code());
        assertEquals("None", download.get("DiagnosticsState"));
        assertEquals("999", download.get("DownloadDiagnosticsMaxIncrementalResult"));
    }

    @Test
    public void a_time_based_download_runs_for_its_duration_with_one_incremental_result_per_interval()
            throws Exception {
        // 200 KB/s for 2 s: two 1-second intervals, each with bytes in it (no timing upper bounds: loaded CI)
        download.set("DownloadURL", http.url("/paced/200000"), "TimeBasedTestDuration", "2",
                "TimeBasedTestMeasurementInterval", "1", "DiagnosticsState", "Requested");
        assertEquals("Complete", download.awaitCompletion());
        Duration ran = Duration.between(time(download, "", "BOMTime"), time(download, "", "EOMTime"));
        assertTrue("ran " + ran, ran.toMillis() >= 1900);
        assertEquals("2", download.get("IncrementalResultNumberOfEntries"));
        long total = 0;
        for (int i = 1; i <= 2; i++) {
            long bytes = Long.parseLong(download.read("IncrementalResult." + i + ".", "TestBytesReceived"));
            assertTrue("interval " + i + ": " + bytes, bytes > 0);
            Duration d = Duration.between(time(download, "IncrementalResult." + i + ".", "StartTime"),
                    time(download, "IncrementalResult." + i + ".", "EndTime"));
            assertTrue("interval " + i + " lasted " + d, d.toMillis() >= 900);
            total += bytes;
        }
        assertTrue(total <= Long.parseLong(download.get("TestBytesReceived")));
        assertEquals(time(download, "IncrementalResult.1.", "EndTime"),
                time(download, "IncrementalResult.2.", "StartTime"));
    }

    @Test
    public void the_measurement_offset_delays_the_first_interval_and_a_zero_interval_gives_no_rows()
            throws Exception {
        download.set("DownloadURL", http.url("/paced/100000"), "TimeBasedTestDuration", "2",
                "TimeBasedTestMeasurementInterval", "1", "TimeBasedTestMeasurementOffset", "1",
                "DiagnosticsState", "Requested");
        assertEquals("Complete", download.awaitCompletion());
        assertEquals("one interval fits in 2 s after a 1 s offset", "1",
                download.get("IncrementalResultNumberOfEntries"));
        Duration afterBom = Duration.between(time(download, "", "BOMTime"),
                time(download, "IncrementalResult.1.", "StartTime"));
        assertTrue("starts " + afterBom + " after BOM", afterBom.toMillis() >= 950);

        download.set("TimeBasedTestMeasurementInterval", "0", "TimeBasedTestDuration", "1",
                "DiagnosticsState", "Requested");
        assertEquals("Complete", download.awaitCompletion());
        assertEquals("0", download.get("IncrementalResultNumberOfEntries"));
    }

    @Test
    public void a_time_based_upload_sends_chunks_for_its_duration() throws Exception {
        upload.set("UploadURL", http.url("/upload"), "TimeBasedTestDuration", "1",
                "TimeBasedTestMeasurementInterval", "1", "DiagnosticsState", "Requested");
        assertEquals("Complete", upload.awaitCompletion());
        long sent = Long.parseLong(upload.get("TestBytesSent"));
        assertTrue("the server received the whole body: " + http.uploaded.get() + " of " + sent,
                http.uploaded.get() > 0 && http.uploaded.get() < sent);
        assertEquals("1", upload.get("IncrementalResultNumberOfEntries"));
        assertTrue(Long.parseLong(upload.read("IncrementalResult.1.", "TestBytesSent")) > 0);
    }

    @Test
    public void writing_the_url_during_a_stalled_download_cancels_it() throws Exception {
        download.set("DownloadURL", http.url("/stall"), "DiagnosticsState", "Requested");
        assertTrue(http.stalled.await(10, TimeUnit.SECONDS));
        download.set("DownloadURL", http.url("/bytes/1"));
        assertEquals("None", download.get("DiagnosticsState"));
        download.close();
        assertEquals(0, download.completions.size());
    }

    @Test
    public void uploads_test_file_length_bytes_per_connection() throws Exception {
        upload.set("UploadURL", http.url("/upload"), "TestFileLength", "250000", "NumberOfConnections", "2",
                "EnablePerConnectionResults", "true", "DiagnosticsState", "Requested");
        assertEquals("Complete", upload.awaitCompletion());
        assertEquals(500_000, http.uploaded.get());
        long sent = Long.parseLong(upload.get("TestBytesSent"));
        assertTrue("bodies plus request headers: " + sent, sent > 500_000 && sent < 501_000);
        assertInOrder(upload, "PerConnectionResult.1.");
        assertInOrder(upload, "PerConnectionResult.2.");
        Instant latest = java.util.Collections.max(List.of(
                time(upload, "PerConnectionResult.1.", "TCPOpenResponseTime"),
                time(upload, "PerConnectionResult.2.", "TCPOpenResponseTime")));
        assertEquals("the latest of the two", latest, time(upload, "", "TCPOpenResponseTime"));
        Instant earliest = java.util.Collections.min(List.of(time(upload, "PerConnectionResult.1.", "ROMTime"),
                time(upload, "PerConnectionResult.2.", "ROMTime")));
        assertEquals("the earliest of the two", earliest, time(upload, "", "ROMTime"));
        assertEquals("2", upload.get("PerConnectionResultNumberOfEntries"));
    }

    @Test
    public void upload_refused_by_the_server_is_not_complete() throws Exception {
        upload.set("UploadURL", http.url("/missing"), "TestFileLength", "10", "DiagnosticsState", "Requested");
        assertEquals("Error_NoTransferComplete", upload.awaitCompletion());
    }
}
