package org.homegw.transfer.internal.http;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import javax.net.ssl.SSLContext;

import org.homegw.testkit.TestPki;
import org.homegw.transfer.internal.testing.TestFileServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class FileServerClientTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final List<AutoCloseable> closeables = new ArrayList<>();
    private TestFileServer server;
    private FileServerClient client;
    private Path part;
    private final byte[] content = new byte[300_000];

    @Before
    public void setUp() throws Exception {
        new Random(7).nextBytes(content);
        server = TestFileServer.http();
        closeables.add(server);
        client = client(SSLContext.getDefault());
        part = tmp.getRoot().toPath().resolve("f.part");
    }

    @After
    public void tearDown() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    private static FileServerClient client(SSLContext tls) {
        return new FileServerClient(new FileServerClient.Settings(tls::getSocketFactory, Duration.ofSeconds(5),
                Duration.ofSeconds(5), 5, 64 * 1024), new HttpAuthorization(new SecureRandom()));
    }

    private FileServerClient.Downloaded get(FileServerClient c, URI uri, Credentials creds) throws TransferFailure {
        return c.download(uri, creds, part, "", Long.MAX_VALUE, DownloadProgress.NONE);
    }

    private int faultOf(URI uri, Credentials creds) {
        try {
            get(client, uri, creds);
            fail("expected a transfer failure");
            return 0;
        } catch (TransferFailure f) {
            return f.faultCode();
        }
    }

    @Test
    public void downloads_a_file_into_the_partial_file() throws Exception {
        server.file("/fw.bin", content);
        FileServerClient.Downloaded d = get(client, server.uri("/fw.bin"), Credentials.NONE);
        assertEquals(content.length, d.size());
        assertArrayEquals(content, Files.readAllBytes(part));
    }

    @Test
    public void http_download_never_sets_up_tls() throws Exception {
        server.file("/fw.bin", content);
        FileServerClient http = new FileServerClient(new FileServerClient.Settings(() -> {
            throw new AssertionError("TLS set up for an HTTP download");
        }, Duration.ofSeconds(5), Duration.ofSeconds(5)), new HttpAuthorization(new SecureRandom()));
        assertEquals(content.length, get(http, server.uri("/fw.bin"), Credentials.NONE).size());
    }

    @Test
    public void https_transfer_whose_tls_cannot_be_set_up_fails_9015() throws Exception {
        FileServerClient https = new FileServerClient(new FileServerClient.Settings(() -> {
            throw new java.security.KeyStoreException("trust store unreadable");
        }, Duration.ofSeconds(5), Duration.ofSeconds(5)), new HttpAuthorization(new SecureRandom()));
        try {
            get(https, URI.create("https://127.0.0.1:1/f"), Credentials.NONE);
            fail("expected a transfer failure");
        } catch (TransferFailure f) {
            assertEquals(9015, f.faultCode());
            assertTrue(f.getMessage(), f.getMessage().contains("trust store unreadable"));
        }
    }

    @Test
    public void missing_file_fails_9016() {
        assertEquals(9016, faultOf(server.uri("/nothing"), Credentials.NONE));
    }

    @Test
    public void server_error_fails_9016() {
        server.status("/broken", 500);
        assertEquals(9016, faultOf(server.uri("/broken"), Credentials.NONE));
    }

    @Test
    public void unreachable_server_fails_9015() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertEquals(9015, faultOf(URI.create("http://127.0.0.1:" + port + "/f"), Credentials.NONE));
    }

    @Test
    public void unknown_host_fails_9015() {
        assertEquals(9015, faultOf(URI.create("http://no-such-host.invalid/f"), Credentials.NONE));
    }

    @Test
    public void protected_file_without_credentials_fails_9012() {
        server.file("/cfg", content);
        server.basic("/cfg", "cpe", "secret");
        assertEquals(9012, faultOf(server.uri("/cfg"), Credentials.NONE));
    }

    @Test
    public void wrong_basic_credentials_fail_9012_after_one_answer() {
        server.file("/cfg", content);
        server.basic("/cfg", "cpe", "secret");
        assertEquals(9012, faultOf(server.uri("/cfg"), new Credentials("cpe", "wrong")));
        assertEquals("one challenge, one answer", 2, server.requests("/cfg").size());
    }

    @Test
    public void answers_basic_challenge_and_never_sends_credentials_unasked() throws Exception {
        server.file("/cfg", content);
        server.basic("/cfg", "cpe", "secret");
        get(client, server.uri("/cfg"), new Credentials("cpe", "secret"));
        assertArrayEquals(content, Files.readAllBytes(part));
        assertNull(server.requests("/cfg").get(0).header("Authorization"));
    }

    @Test
    public void answers_digest_challenge() throws Exception {
        server.file("/fw.bin", content);
        server.digest("/fw.bin", "cpe", "s3cret");
        get(client, server.uri("/fw.bin"), new Credentials("cpe", "s3cret"));
        assertArrayEquals(content, Files.readAllBytes(part));
    }

    @Test
    public void wrong_digest_credentials_fail_9012() {
        server.file("/fw.bin", content);
        server.digest("/fw.bin", "cpe", "s3cret");
        assertEquals(9012, faultOf(server.uri("/fw.bin"), new Credentials("cpe", "nope")));
    }

    @Test
    public void cut_short_body_fails_9017_and_keeps_the_bytes_received() throws Exception {
        server.truncated("/fw.bin", content, 100_000);
        assertEquals(9017, faultOf(server.uri("/fw.bin"), Credentials.NONE));
        assertEquals(100_000, Files.size(part));
    }

    @Test
    public void resumes_a_partial_file_with_a_range_request() throws Exception {
        server.file("/fw.bin", content);
        // keep the first 120 000 bytes as if the transfer had been interrupted
        byte[] head = java.util.Arrays.copyOf(content, 120_000);
        Files.write(part, head);
        FileServerClient.Downloaded d = client.download(server.uri("/fw.bin"), Credentials.NONE, part, "", Long.MAX_VALUE,
                DownloadProgress.NONE);
        assertEquals(content.length, d.size());
        assertArrayEquals(content, Files.readAllBytes(part));
        assertEquals("bytes=120000-", server.requests("/fw.bin").get(0).header("Range"));
    }

    @Test
    public void restarts_from_zero_when_the_file_changed_since_the_partial_download() throws Exception {
        server.file("/fw.bin", content);
        Files.write(part, "stale bytes of an older file".getBytes(StandardCharsets.US_ASCII));
        client.download(server.uri("/fw.bin"), Credentials.NONE, part, "\"old-etag\"", Long.MAX_VALUE, DownloadProgress.NONE);
        assertArrayEquals(content, Files.readAllBytes(part));
    }

    @Test
    public void more_bytes_than_expected_fail_9018() {
        server.file("/fw.bin", content);
        try {
            client.download(server.uri("/fw.bin"), Credentials.NONE, part, "", 1000, DownloadProgress.NONE);
            fail();
        } catch (TransferFailure f) {
            assertEquals(9018, f.faultCode());
        }
    }

    @Test
    public void follows_redirects() throws Exception {
        server.file("/real.bin", content);
        server.redirect("/fw.bin", "/real.bin");
        get(client, server.uri("/fw.bin"), Credentials.NONE);
        assertArrayEquals(content, Files.readAllBytes(part));
    }

    @Test
    public void credentials_are_not_sent_to_another_server_after_a_redirect() throws Exception {
        TestFileServer other = TestFileServer.http();
        closeables.add(other);
        other.file("/fw.bin", content);
        other.basic("/fw.bin", "cpe", "secret");
        server.redirect("/fw.bin", other.uri("/fw.bin").toString());
        assertEquals(9012, faultOf(server.uri("/fw.bin"), new Credentials("cpe", "secret")));
        assertTrue(other.requests("/fw.bin").stream().allMatch(r -> r.header("Authorization") == null));
    }

    @Test
    public void endless_redirects_fail_9016() {
        server.redirect("/a", "/b");
        server.redirect("/b", "/a");
        assertEquals(9016, faultOf(server.uri("/a"), Credentials.NONE));
    }

    @Test
    public void https_download_verifies_the_server_against_the_trust_anchors() throws Exception {
        TestPki pki = new TestPki("Test File CA");
        TestFileServer https = TestFileServer.https(pki.serverCert().sslContext());
        closeables.add(https);
        https.file("/fw.bin", content);
        Path anchors = pki.writeCaPem(tmp.newFile("ca.pem").toPath());
        get(client(TrustAnchors.sslContext(Optional.of(anchors))), https.uri("/fw.bin"), Credentials.NONE);
        assertArrayEquals(content, Files.readAllBytes(part));
    }

    @Test
    public void https_server_with_untrusted_certificate_fails_9015() throws Exception {
        TestPki pki = new TestPki("Rogue CA");
        TestPki trusted = new TestPki("Trusted CA");
        TestFileServer https = TestFileServer.https(pki.serverCert().sslContext());
        closeables.add(https);
        https.file("/fw.bin", content);
        Path anchors = trusted.writeCaPem(tmp.newFile("ca.pem").toPath());
        try {
            get(client(TrustAnchors.sslContext(Optional.of(anchors))), https.uri("/fw.bin"), Credentials.NONE);
            fail();
        } catch (TransferFailure f) {
            assertEquals(9015, f.faultCode());
            assertTrue(f.getMessage(), f.getMessage().contains("TLS"));
        }
        assertTrue("no request may pass an untrusted TLS handshake", https.requests().isEmpty());
    }

    @Test
    public void https_server_with_wrong_host_name_fails_9015() throws Exception {
        TestPki pki = new TestPki("Test File CA");
        TestFileServer https = TestFileServer.https(pki.serverCert(List.of("files.example")).sslContext());
        closeables.add(https);
        https.file("/fw.bin", content);
        Path anchors = pki.writeCaPem(tmp.newFile("ca.pem").toPath());
        try {
            get(client(TrustAnchors.sslContext(Optional.of(anchors))), https.uri("/fw.bin"), Credentials.NONE);
            fail();
        } catch (TransferFailure f) {
            assertEquals(9015, f.faultCode());
        }
        assertTrue(https.requests().isEmpty());
    }

    @Test
    public void uploads_with_put_answering_a_digest_challenge() throws Exception {
        server.putTarget("/up/cfg.txt");
        server.digest("/up/cfg.txt", "cpe", "pw");
        Path file = tmp.newFile("up.txt").toPath();
        Files.writeString(file, "Device.X=1\n");
        client.upload(server.uri("/up/cfg.txt"), new Credentials("cpe", "pw"), file, "text/plain");
        assertEquals("Device.X=1\n", new String(server.uploaded("/up/cfg.txt"), StandardCharsets.UTF_8));
    }

    @Test
    public void upload_refused_by_the_server_fails() throws Exception {
        server.status("/up/denied", 500);
        Path file = tmp.newFile("up.txt").toPath();
        Files.writeString(file, "x");
        try {
            client.upload(server.uri("/up/denied"), Credentials.NONE, file, "text/plain");
            fail();
        } catch (TransferFailure f) {
            assertEquals(9011, f.faultCode());
        }
    }

    @Test
    public void unsupported_scheme_fails_9013() {
        assertEquals(9013, faultOf(URI.create("sftp://127.0.0.1/f"), Credentials.NONE));
    }
}
