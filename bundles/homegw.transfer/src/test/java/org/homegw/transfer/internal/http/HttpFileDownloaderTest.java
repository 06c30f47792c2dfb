package org.homegw.transfer.internal.http;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Random;

import javax.net.ssl.SSLContext;

import org.homegw.transfer.download.DownloadFailure;
import org.homegw.transfer.download.DownloadRequest;
import org.homegw.transfer.internal.testing.TestFileServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The exported download service: whole files, bounded, every failure with its kind. */
public class HttpFileDownloaderTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final byte[] content = new byte[200_000];
    private TestFileServer server;
    private Path target;

    @Before
    public void setUp() throws Exception {
        new Random(11).nextBytes(content);
        server = TestFileServer.http();
        target = tmp.getRoot().toPath().resolve("unit.jar");
    }

    @After
    public void tearDown() {
        server.close();
    }

    private static HttpFileDownloader downloader(SSLContext tls, long maxFileSize) {
        return new HttpFileDownloader(new FileServerClient(new FileServerClient.Settings(tls.getSocketFactory(),
                Duration.ofSeconds(5), Duration.ofSeconds(5)), new HttpAuthorization(new SecureRandom())), maxFileSize);
    }

    private DownloadFailure.Kind failure(HttpFileDownloader d, DownloadRequest r) {
        try {
            d.download(r, target);
            fail("expected a download failure for " + r);
            return null;
        } catch (DownloadFailure f) {
            return f.kind();
        }
    }

    @Test
    public void replaces_what_the_target_held_with_the_whole_file() throws Exception {
        server.file("/a.jar", content);
        // a stale file must not be taken for the start of this one (no Range resume)
        Files.write(target, new byte[1000]);
        long n = downloader(SSLContext.getDefault(), Long.MAX_VALUE).download(DownloadRequest.of(server.uri("/a.jar"), 1 << 20), target);
        assertEquals(content.length, n);
        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(null, server.requests("/a.jar").get(0).header("Range"));
    }

    @Test
    public void answers_digest_challenge_with_the_given_credentials_only() throws Exception {
        server.file("/s.jar", content);
        server.digest("/s.jar", "user", "secret");
        HttpFileDownloader d = downloader(SSLContext.getDefault(), Long.MAX_VALUE);
        assertEquals(DownloadFailure.Kind.AUTHENTICATION_FAILED, failure(d, DownloadRequest.of(server.uri("/s.jar"), 1 << 20)));
        assertEquals(DownloadFailure.Kind.AUTHENTICATION_FAILED,
                failure(d, new DownloadRequest(server.uri("/s.jar"), "user", "wrong", 1 << 20)));
        d.download(new DownloadRequest(server.uri("/s.jar"), "user", "secret", 1 << 20), target);
        assertArrayEquals(content, Files.readAllBytes(target));
    }

    @Test
    public void failures_have_their_kind_and_transfer_fault() throws Exception {
        server.file("/big.jar", content);
        server.status("/gone.jar", 404);
        server.truncated("/short.jar", content, 1000);
        HttpFileDownloader d = downloader(SSLContext.getDefault(), Long.MAX_VALUE);
        assertEquals(DownloadFailure.Kind.TOO_LARGE, failure(d, DownloadRequest.of(server.uri("/big.jar"), 1000)));
        assertEquals(DownloadFailure.Kind.CANNOT_ACCESS_FILE, failure(d, DownloadRequest.of(server.uri("/gone.jar"), 1 << 20)));
        assertEquals(DownloadFailure.Kind.INCOMPLETE, failure(d, DownloadRequest.of(server.uri("/short.jar"), 1 << 20)));
        assertEquals(DownloadFailure.Kind.UNSUPPORTED_PROTOCOL,
                failure(d, DownloadRequest.of(URI.create("sftp://127.0.0.1/x.jar"), 1 << 20)));
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        DownloadFailure.Kind unreachable = failure(d, DownloadRequest.of(URI.create("http://127.0.0.1:" + closed + "/x"), 1 << 20));
        assertEquals(DownloadFailure.Kind.CANNOT_CONTACT_SERVER, unreachable);
        assertEquals(9015, unreachable.transferFault());
        assertEquals(9018, DownloadFailure.Kind.TOO_LARGE.transferFault());
    }

    @Test
    public void service_limit_caps_a_larger_request_limit() throws Exception {
        server.file("/big.jar", content);
        assertEquals(DownloadFailure.Kind.TOO_LARGE, failure(downloader(SSLContext.getDefault(), 10_000),
                DownloadRequest.of(server.uri("/big.jar"), Long.MAX_VALUE)));
    }
}
