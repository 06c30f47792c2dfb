package org.homegw.labacs.files;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.homegw.labacs.auth.AuthPolicy;
import org.homegw.labacs.auth.Credentials;
import org.homegw.labacs.auth.DigestClient;
import org.homegw.labacs.auth.HttpAuthenticator;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class FileServerTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private HttpServer server;
    private ExecutorService executor;
    private FileServer files;
    private final HttpClient http = HttpClient.newBuilder().build();
    private byte[] firmware;

    private String start(AuthPolicy policy) throws Exception {
        Path down = tmp.newFolder("files").toPath();
        Path up = tmp.newFolder("uploads").toPath();
        firmware = new byte[10_000];
        for (int i = 0; i < firmware.length; i++) {
            firmware[i] = (byte) (i * 31);
        }
        Files.write(down.resolve("fw.bin"), firmware);
        files = new FileServer("/files/", down, "/upload/", up, 1_000_000, new HttpAuthenticator(policy),
                Clock.systemUTC());
        executor = Executors.newFixedThreadPool(2);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/files/", files);
        server.createContext("/upload/", files);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @After
    public void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private HttpResponse<byte[]> get(String url, String range) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (range != null) {
            b.header("Range", range);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    public void serves_whole_file_and_single_ranges() throws Exception {
        String base = start(AuthPolicy.none());
        HttpResponse<byte[]> whole = get(base + "/files/fw.bin", null);
        assertEquals(200, whole.statusCode());
        assertArrayEquals(firmware, whole.body());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));

        HttpResponse<byte[]> part = get(base + "/files/fw.bin", "bytes=100-199");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/10000", part.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(firmware, 100, 200), part.body());

        HttpResponse<byte[]> tail = get(base + "/files/fw.bin", "bytes=-10");
        assertArrayEquals(Arrays.copyOfRange(firmware, 9990, 10000), tail.body());
        HttpResponse<byte[]> open = get(base + "/files/fw.bin", "bytes=9995-");
        assertArrayEquals(Arrays.copyOfRange(firmware, 9995, 10000), open.body());

        HttpResponse<byte[]> beyond = get(base + "/files/fw.bin", "bytes=20000-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */10000", beyond.headers().firstValue("Content-Range").orElse(""));
    }

    @Test
    public void truncation_fault_announces_the_whole_file_and_sends_only_its_start() throws Exception {
        String base = start(AuthPolicy.none());
        files.fileFault("fw.bin", new FileFault.Truncate(1000));
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI.create(base + "/files/fw.bin").toURL()
                .openConnection();
        assertEquals(200, c.getResponseCode());
        assertEquals(10_000, c.getContentLengthLong());
        byte[] got = new byte[20_000];
        int n = 0;
        try (java.io.InputStream in = c.getInputStream()) {
            for (int r; (r = in.read(got, n, got.length - n)) > 0; ) {
                n += r;
            }
        } catch (java.io.IOException expected) {
            // the connection closed with bytes missing
        }
        assertEquals(1000, n);
        assertArrayEquals(Arrays.copyOf(firmware, 1000), Arrays.copyOf(got, n));

        files.fileFault("fw.bin", null);
        assertArrayEquals(firmware, get(base + "/files/fw.bin", null).body());
    }

    @Test
    public void throttle_fault_still_sends_the_whole_file() throws Exception {
        String base = start(AuthPolicy.none());
        files.fileFault("fw.bin", new FileFault.Throttle(200_000));
        HttpResponse<byte[]> slow = get(base + "/files/fw.bin", "bytes=5000-");
        assertEquals(206, slow.statusCode());
        assertArrayEquals(Arrays.copyOfRange(firmware, 5000, 10_000), slow.body());
    }

    @Test
    public void answers_404_for_missing_and_400_for_names_leaving_the_directory() throws Exception {
        String base = start(AuthPolicy.none());
        assertEquals(404, get(base + "/files/none.bin", null).statusCode());
        assertEquals(400, get(base + "/files/..%2Fuploads%2Fx", null).statusCode());
        assertEquals(400, get(base + "/files/.hidden", null).statusCode());
    }

    @Test
    public void stores_put_and_post_uploads_atomically_and_records_them() throws Exception {
        String base = start(AuthPolicy.none());
        byte[] log = "log line\n".repeat(1000).getBytes();
        HttpResponse<Void> put = http.send(HttpRequest.newBuilder(URI.create(base + "/upload/cpe.log"))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(log)).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(201, put.statusCode());
        HttpResponse<Void> post = http.send(HttpRequest.newBuilder(URI.create(base + "/upload/cfg.xml"))
                .POST(HttpRequest.BodyPublishers.ofString("<cfg/>")).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, post.statusCode());

        List<UploadedFile> uploads = files.uploads();
        assertEquals(2, uploads.size());
        assertEquals("cpe.log", uploads.get(0).name());
        assertEquals(log.length, uploads.get(0).size());
        assertArrayEquals(log, Files.readAllBytes(uploads.get(0).path()));
        assertEquals("<cfg/>", Files.readString(uploads.get(1).path()));
        try (var list = Files.list(uploads.get(0).path().getParent())) {
            assertFalse(list.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    public void refuses_uploads_over_the_limit() throws Exception {
        String base = start(AuthPolicy.none());
        HttpResponse<Void> big = http.send(HttpRequest.newBuilder(URI.create(base + "/upload/big.bin"))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[1_100_000])).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(413, big.statusCode());
        assertEquals(List.of(), files.uploads());
    }

    @Test
    public void digest_protected_download_needs_the_right_credentials() throws Exception {
        String base = start(AuthPolicy.digest("fs", "fspw"));
        HttpResponse<byte[]> challenge = get(base + "/files/fw.bin", null);
        assertEquals(401, challenge.statusCode());
        DigestClient.Answer answer = new DigestClient().answer(challenge.headers().allValues("WWW-Authenticate"),
                new Credentials("fs", "fspw"), "GET", "/files/fw.bin");
        HttpResponse<byte[]> ok = http.send(HttpRequest.newBuilder(URI.create(base + "/files/fw.bin"))
                .header("Authorization", answer.authorization()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, ok.statusCode());
        assertArrayEquals(firmware, ok.body());
    }
}
