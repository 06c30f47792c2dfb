package org.homegw.transfer.internal.ftp;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.homegw.transfer.internal.http.Credentials;
import org.homegw.transfer.internal.http.DownloadProgress;
import org.homegw.transfer.internal.http.TransferAbort;
import org.homegw.transfer.internal.http.TransferFailure;
import org.homegw.testkit.TestFtpServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class FtpClientTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FtpClient client = new FtpClient(new FtpClient.Settings(Duration.ofSeconds(5), Duration.ofSeconds(5),
            64 * 1024));
    private final byte[] content = new byte[200_000];
    private TestFtpServer server;
    private Path part;

    @Before
    public void setUp() throws Exception {
        new Random(11).nextBytes(content);
        server = new TestFtpServer();
        server.file("/fw/image.bin", content);
        part = tmp.getRoot().toPath().resolve("1.part");
    }

    @After
    public void tearDown() throws Exception {
        server.close();
    }

    private FtpClient.Downloaded get(URI url, Credentials creds, String validator) throws TransferFailure {
        return client.download(url, creds, part, validator, 1L << 30, DownloadProgress.NONE, new TransferAbort());
    }

    private int faultOf(URI url, Credentials creds) {
        try {
            get(url, creds, "");
            fail("expected a failure");
            return 0;
        } catch (TransferFailure f) {
            return f.faultCode();
        }
    }

    @Test
    public void downloads_anonymously_in_binary_passive_mode() throws Exception {
        FtpClient.Downloaded d = get(server.uri("/fw/image.bin"), Credentials.NONE, "");
        assertEquals(content.length, d.size());
        assertEquals("ftp:200000:20261127080000", d.validator());
        assertArrayEquals(content, Files.readAllBytes(part));
        assertTrue(server.commands().toString(), server.commands().containsAll(java.util.List.of("USER anonymous",
                "TYPE I", "EPSV", "RETR fw/image.bin", "QUIT")));
    }

    @Test
    public void logs_in_with_the_given_credentials_and_fails_9012_when_refused() throws Exception {
        server.account("cpe", "s3cret");
        get(server.uri("/fw/image.bin"), new Credentials("cpe", "s3cret"), "");
        assertArrayEquals(content, Files.readAllBytes(part));
        assertEquals(9012, faultOf(server.uri("/fw/image.bin"), new Credentials("cpe", "wrong")));
        assertEquals(9012, faultOf(server.uri("/fw/image.bin"), Credentials.NONE));
        assertEquals(9012, faultOf(server.uri("/fw/image.bin"), new Credentials("cpe", "s3cret\r\nDELE fw/image.bin")));
        assertTrue(server.commands().stream().noneMatch(c -> c.startsWith("DELE")));
    }

    @Test
    public void missing_file_fails_9016_and_an_unreachable_server_9015() throws Exception {
        assertEquals(9016, faultOf(server.uri("/fw/none.bin"), Credentials.NONE));
        assertEquals(9016, faultOf(server.uri("/"), Credentials.NONE));
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertEquals(9015, faultOf(URI.create("ftp://127.0.0.1:" + closed + "/f"), Credentials.NONE));
    }

    @Test
    public void pasv_data_connection_goes_to_the_control_peer_not_the_address_in_the_reply() throws Exception {
        server.withoutEpsv();
        get(server.uri("/fw/image.bin"), Credentials.NONE, "");
        assertArrayEquals(content, Files.readAllBytes(part));
        assertTrue(server.commands().contains("PASV"));
    }

    @Test
    public void data_cut_short_fails_9017_and_resumes_with_rest_while_the_file_is_unchanged() throws Exception {
        server.cut("/fw/image.bin", 50_000);
        String[] validator = {""};
        DownloadProgress progress = new DownloadProgress() {
            @Override
            public void validator(String v) {
                validator[0] = v;
            }

            @Override
            public void synced(long bytes) {
            }
        };
        try {
            client.download(server.uri("/fw/image.bin"), Credentials.NONE, part, "", 1L << 30, progress,
                    new TransferAbort());
            fail();
        } catch (TransferFailure f) {
            assertEquals(9017, f.faultCode());
        }
        assertEquals(50_000, Files.size(part));
        server.cut("/fw/image.bin", Integer.MAX_VALUE);
        get(server.uri("/fw/image.bin"), Credentials.NONE, validator[0]);
        assertTrue(server.commands().contains("REST 50000"));
        assertArrayEquals(content, Files.readAllBytes(part));

        // another file under the same name: no resume, fetched from the first byte
        Files.write(part, Arrays.copyOf(content, 1000));
        get(server.uri("/fw/image.bin"), Credentials.NONE, "ftp:1:other");
        assertEquals(1, server.commands().stream().filter(c -> c.startsWith("REST")).count());
        assertArrayEquals(content, Files.readAllBytes(part));
    }

    @Test
    public void a_file_larger_than_expected_fails_9018() {
        try {
            client.download(server.uri("/fw/image.bin"), Credentials.NONE, part, "", 1000, DownloadProgress.NONE,
                    new TransferAbort());
            fail();
        } catch (TransferFailure f) {
            assertEquals(9018, f.faultCode());
        }
    }

    @Test
    public void an_aborted_transfer_opens_no_connection() {
        TransferAbort abort = new TransferAbort();
        abort.abort();
        try {
            client.download(server.uri("/fw/image.bin"), Credentials.NONE, part, "", 1L << 30, DownloadProgress.NONE, abort);
            fail();
        } catch (TransferFailure expected) {
            assertTrue(server.commands().isEmpty());
        }
    }

    @Test
    public void a_path_with_a_line_break_is_never_sent() {
        assertEquals(9016, faultOf(URI.create(server.uri("/a%0D%0ADELE%20x").toString()), Credentials.NONE));
        assertTrue(server.commands().isEmpty());
    }

    @Test
    public void uploads_with_stor() throws Exception {
        server.account("cpe", "s3cret");
        Path file = tmp.newFile("cfg.txt").toPath();
        Files.writeString(file, "Device.X=1\n");
        client.upload(server.uri("/up/cfg.txt"), new Credentials("cpe", "s3cret"), file, new TransferAbort());
        assertEquals("Device.X=1\n", new String(server.stored("/up/cfg.txt")));
        try {
            client.upload(server.uri("/up/cfg.txt"), new Credentials("cpe", "bad"), file, new TransferAbort());
            fail();
        } catch (TransferFailure f) {
            assertEquals(9012, f.faultCode());
        }
    }
}
