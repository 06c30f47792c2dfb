package org.homegw.diagnostics.internal.transfer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.diagnostics.internal.core.Harness;
import org.homegw.diagnostics.internal.core.LabHosts;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The FTP tests against a real server: pyftpdlib (Debian python3-pyftpdlib) on 127.0.0.1, port 0,
 * one read-write account. Skipped, saying why, when the package is missing.
 */
public class PyFtpdlibDiagnosticsTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final Pattern STARTED = Pattern.compile(">>> starting FTP server on 127\\.0\\.0\\.1:(\\d+)");

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private Process server;
    private Path root;
    private int port;
    private Harness download;
    private Harness upload;

    @Before
    public void setUp() throws Exception {
        boolean present = Files.isExecutable(Path.of(PYTHON)) && new ProcessBuilder(PYTHON, "-c", "import pyftpdlib")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        Assume.assumeTrue("pyftpdlib not installed (apt-get install python3-pyftpdlib)", present);
        root = tmp.newFolder("ftp").toPath();
        Files.write(root.resolve("file.bin"), new byte[123_456]);
        Path log = tmp.newFile("pyftpdlib.log").toPath();
        server = new ProcessBuilder(List.of(PYTHON, "-m", "pyftpdlib", "-i", "127.0.0.1", "-p", "0", "-d",
                root.toString(), "-u", "cpe", "-P", "secret", "-w")).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (port == 0 && Instant.now().isBefore(deadline) && server.isAlive()) {
            Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            } else {
                Thread.sleep(50);
            }
        }
        assertTrue("pyftpdlib did not start: " + Files.readString(log, StandardCharsets.UTF_8), port > 0);
        download = new Harness(new DownloadTest(LabHosts.LOOPBACK_ONLY,
                Clock.systemUTC(), Path.of("/sys/class/net"), 10_000));
        upload = new Harness(new UploadTest(LabHosts.LOOPBACK_ONLY,
                Clock.systemUTC(), Path.of("/sys/class/net"), 10_000, 1 << 24));
    }

    @After
    public void tearDown() throws Exception {
        if (download != null) {
            download.close();
            upload.close();
        }
        if (server != null) {
            server.destroy();
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    private String url(String account, String file) {
        return "ftp://" + account + "@127.0.0.1:" + port + "/" + file;
    }

    @Test
    public void downloads_two_connections_and_uploads_a_file_through_pyftpdlib() throws Exception {
        download.set("DownloadURL", url("cpe:secret", "file.bin"), "NumberOfConnections", "2",
                "EnablePerConnectionResults", "true", "DiagnosticsState", "Requested");
        assertEquals("Complete", download.awaitCompletion());
        assertEquals("246912", download.get("TestBytesReceived"));
        assertEquals("123456", download.read("PerConnectionResult.2.", "TestBytesReceived"));
        Instant rom = Instant.parse(download.get("ROMTime"));
        Instant bom = Instant.parse(download.get("BOMTime"));
        Instant eom = Instant.parse(download.get("EOMTime"));
        assertTrue(!rom.isAfter(bom) && !bom.isAfter(eom));

        upload.set("UploadURL", url("cpe:secret", "up.bin"), "TestFileLength", "65537", "DiagnosticsState",
                "Requested");
        assertEquals("Complete", upload.awaitCompletion());
        assertEquals(65_537, Files.size(root.resolve("up.bin")));
        assertEquals("65537", upload.get("TestBytesSent"));
    }

    @Test
    public void pyftpdlib_refusing_the_password_is_error_login_failed() throws Exception {
        download.set("DownloadURL", url("cpe:wrong", "file.bin"), "DiagnosticsState", "Requested");
        assertEquals("Error_LoginFailed", download.awaitCompletion());
    }

    @Test
    public void a_file_pyftpdlib_does_not_have_is_error_transfer_failed() throws Exception {
        download.set("DownloadURL", url("cpe:secret", "none.bin"), "DiagnosticsState", "Requested");
        assertEquals("Error_TransferFailed", download.awaitCompletion());
    }
}
