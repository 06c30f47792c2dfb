package org.homegw.labacs;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.labacs.auth.AuthPolicy;
import org.homegw.labacs.auth.Credentials;
import org.homegw.labacs.auth.HttpAuthenticator;
import org.homegw.labacs.connreq.ConnectionRequestResult;
import org.homegw.labacs.connreq.UdpConnectionRequest;
import org.homegw.labacs.rest.Json;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The REST command interface, Connection Requests to a device and the file server of a running ACS. */
public class LabAcsCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private LabAcs acs;
    private HttpServer crServer;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @After
    public void close() {
        if (acs != null) {
            acs.close();
        }
        if (crServer != null) {
            crServer.stop(0);
        }
    }

    private HttpResponse<String> api(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(acs.baseUri().resolve(path));
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void rest_api_sets_and_clears_file_faults() throws Exception {
        java.nio.file.Path files = tmp.newFolder("files").toPath();
        java.nio.file.Files.write(files.resolve("fw.bin"), new byte[5000]);
        acs = LabAcs.start(LabAcsConfig.builder().filesDir(files).build());
        assertEquals(200, api("POST", "/api/file-faults/fw.bin", "{\"truncate\":100}").statusCode());
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) acs.fileUrl("fw.bin").toURL().openConnection();
        int got = 0;
        try (java.io.InputStream in = c.getInputStream()) {
            for (int n; (n = in.read(new byte[8192])) > 0; ) {
                got += n;
            }
        } catch (java.io.IOException cut) {
            // closed with bytes missing
        }
        assertEquals(100, got);
        assertEquals(400, api("POST", "/api/file-faults/fw.bin", "{\"throttle\":0}").statusCode());
        assertEquals(400, api("POST", "/api/file-faults/fw.bin", "{}").statusCode());
        assertEquals(200, api("DELETE", "/api/file-faults/fw.bin", null).statusCode());
        assertEquals(5000, http.send(HttpRequest.newBuilder(acs.fileUrl("fw.bin")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body().length);
    }

    @Test
    public void rest_api_queues_an_rpc_lists_devices_and_reads_the_log() throws Exception {
        acs = LabAcs.start(LabAcsConfig.builder().build());
        HttpResponse<String> queued = api("POST", "/api/devices/R1/rpc",
                "{\"method\":\"SetParameterValues\",\"parameterKey\":\"k1\",\"parameterList\":"
                        + "[{\"name\":\"Device.X.Enable\",\"value\":\"true\",\"type\":\"boolean\"},"
                        + "{\"name\":\"Device.X.Name\",\"value\":\"n\"}]}");
        assertEquals(queued.body(), 202, queued.statusCode());
        long rpcId = (Long) Json.parseObject(queued.body()).get("id");

        FakeCpe cpe = new FakeCpe(acs.url(), "R1");
        cpe.postInform(cpe.inform(1, "1 BOOT"));
        FakeCpe.Reply req = cpe.postEmpty();
        assertEquals(new SetParameterValues(List.of(new ParameterValueStruct("Device.X.Enable", "true", "boolean"),
                ParameterValueStruct.ofString("Device.X.Name", "n")), "k1"), req.message(0));
        cpe.post(CwmpVersion.V1_4, req.header(0).id(), new org.homegw.cwmp.message.SetParameterValuesResponse(0));

        Map<String, Object> rpc = Json.parseObject(api("GET", "/api/rpc/" + rpcId, null).body());
        assertEquals("answered", rpc.get("state"));
        assertEquals("SetParameterValuesResponse", ((Map<?, ?>) rpc.get("answer")).get("method"));

        List<?> devices = (List<?>) Json.parse(api("GET", "/api/devices", null).body());
        assertEquals(1, devices.size());
        assertEquals("00D09E-HGW-R1", ((Map<?, ?>) devices.get(0)).get("id"));

        List<?> log = (List<?>) Json.parse(api("GET", "/api/devices/R1/log", null).body());
        List<Object> kinds = log.stream().map(e -> (Object) ((Map<?, ?>) e).get("kind")).toList();
        assertEquals(List.of("InformReceived", "PostServed", "RpcSent", "PostServed", "RpcAnswered", "PostServed",
                "SessionEnded"), kinds);
    }

    @Test
    public void rest_api_programs_faults_and_rejects_bad_commands() throws Exception {
        acs = LabAcs.start(LabAcsConfig.builder().build());
        HttpResponse<String> added = api("POST", "/api/faults",
                "{\"device\":\"R2\",\"stage\":\"INFORM\",\"action\":{\"type\":\"retry-after\",\"seconds\":7}}");
        assertEquals(201, added.statusCode());
        FakeCpe cpe = new FakeCpe(acs.url(), "R2");
        FakeCpe.Reply r = cpe.postInform(cpe.inform(1, "1 BOOT"));
        assertEquals(503, r.status());
        assertEquals("7", r.http().headers().firstValue("Retry-After").orElse(""));

        assertEquals(400, api("POST", "/api/devices/R2/rpc", "{\"method\":\"Inform\"}").statusCode());
        assertEquals(400, api("POST", "/api/devices/R2/rpc", "{\"method\":\"Nope\"}").statusCode());
        assertEquals(400, api("POST", "/api/devices/R2/rpc", "{\"method\":\"GetParameterValues\",\"parameterNames\":5}")
                .statusCode());
        assertEquals(400, api("POST", "/api/faults", "{\"action\":{\"type\":\"boom\"}}").statusCode());
        assertEquals(400, api("POST", "/api/faults", "{not json").statusCode());
        assertEquals(404, api("GET", "/api/nothing", null).statusCode());
        assertTrue(acs.queued().isEmpty());
    }

    @Test
    public void rest_api_sets_hold_requests_cpe_request_faults_and_removes_faults() throws Exception {
        acs = LabAcs.start(LabAcsConfig.builder().build());
        assertEquals(200, api("POST", "/api/devices/R3/hold", "{\"hold\":true}").statusCode());
        assertEquals(200, api("POST", "/api/cpe-request-faults",
                "{\"method\":\"TransferComplete\",\"faultCode\":8005}").statusCode());
        long id = (Long) Json.parseObject(api("POST", "/api/faults",
                "{\"stage\":\"EMPTY_POST\",\"times\":-1,\"action\":{\"type\":\"status\",\"status\":502}}").body())
                .get("id");
        assertEquals(1, ((Map<?, ?>) Json.parse(api("GET", "/api/faults", null).body())).size());
        assertEquals(200, api("DELETE", "/api/faults/" + id, null).statusCode());
        assertEquals(404, api("DELETE", "/api/faults/" + id, null).statusCode());

        FakeCpe cpe = new FakeCpe(acs.url(), "R3");
        FakeCpe.Reply r = cpe.postInform(cpe.inform(1, "7 TRANSFER COMPLETE"));
        assertTrue(r.header(0).isHoldRequests());
        FakeCpe.Reply tc = cpe.post(CwmpVersion.V1_4, "t", new org.homegw.cwmp.message.TransferComplete("k",
                org.homegw.cwmp.message.FaultStruct.NONE, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"));
        assertEquals(8005, ((org.homegw.cwmp.message.FaultMessage) tc.message(0)).faultCode());
        assertEquals(400, api("POST", "/api/devices/R3/cr-credentials", "{\"username\":\"u\"}").statusCode());
        assertEquals(200, api("POST", "/api/devices/R3/cr-credentials",
                "{\"username\":\"u\",\"password\":\"p\"}").statusCode());
        // no ConnectionRequestURL in its Inform: a clear 400, not a crash
        HttpResponse<String> cr = api("POST", "/api/devices/R3/connection-request", null);
        assertEquals(400, cr.statusCode());
        assertTrue(cr.body(), cr.body().contains("ConnectionRequestURL"));
    }

    @Test
    public void sends_a_digest_connection_request_to_the_url_from_the_inform() throws Exception {
        acs = LabAcs.start(LabAcsConfig.builder().connectionRequestCredentials(new Credentials("acs", "crpw")).build());
        HttpAuthenticator cpeAuth = new HttpAuthenticator(AuthPolicy.digest("acs", "crpw"));
        AtomicInteger accepted = new AtomicInteger();
        crServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        crServer.createContext("/cr-7f3a", ex -> {
            HttpAuthenticator.Verdict v = cpeAuth.check("GET", ex.getRequestURI().getRawPath(),
                    ex.getRequestHeaders().getFirst("Authorization"));
            if (v instanceof HttpAuthenticator.Challenge c) {
                c.wwwAuthenticate().forEach(h -> ex.getResponseHeaders().add("WWW-Authenticate", h));
                ex.sendResponseHeaders(401, -1);
            } else {
                accepted.incrementAndGet();
                ex.sendResponseHeaders(204, -1);
            }
            ex.close();
        });
        crServer.start();
        String crUrl = "http://127.0.0.1:" + crServer.getAddress().getPort() + "/cr-7f3a";
        FakeCpe cpe = new FakeCpe(acs.url(), "C1");
        cpe.postInform(cpe.inform(1, List.of(ParameterValueStruct.ofString(
                "Device.ManagementServer.ConnectionRequestURL", crUrl)), "1 BOOT"));
        cpe.postEmpty();

        ConnectionRequestResult r = acs.sendConnectionRequest("C1");
        assertEquals(204, r.status());
        assertEquals("Digest", r.authScheme());
        assertEquals(1, accepted.get());
        LogEntry.ConnectionRequestSent sent = acs.log("C1", LogEntry.ConnectionRequestSent.class).get(0);
        assertEquals(crUrl, sent.target());

        acs.setConnectionRequestCredentials("C1", new Credentials("acs", "other"));
        assertEquals(401, acs.sendConnectionRequest("C1").status());
    }

    @Test
    public void sends_a_udp_connection_request_to_the_address_from_the_inform() throws Exception {
        acs = LabAcs.start(LabAcsConfig.builder().build());
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            udp.setSoTimeout(5000);
            FakeCpe cpe = new FakeCpe(acs.url(), "C2");
            cpe.postInform(cpe.inform(1, List.of(ParameterValueStruct.ofString(
                    "Device.ManagementServer.UDPConnectionRequestAddress", "127.0.0.1:" + udp.getLocalPort())),
                    "1 BOOT"));
            acs.setConnectionRequestCredentials("C2", new Credentials("u", "p"));
            HttpResponse<String> r = api("POST", "/api/devices/C2/connection-request", "{\"transport\":\"udp\"}");
            assertEquals(r.body(), 200, r.statusCode());
            byte[] buf = new byte[1500];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            udp.receive(p);
            String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII);
            Map<String, Object> m = Json.parseObject(r.body());
            String ts = m.get("ts").toString();
            String id = m.get("id").toString();
            String cn = text.replaceAll("(?s).*&cn=([^&]*)&.*", "$1");
            assertTrue(text, text.contains("sig=" + UdpConnectionRequest.signature("p", Long.parseLong(ts),
                    Long.parseLong(id), "u", cn) + " HTTP/1.1"));
        }
    }

    @Test
    public void serves_downloads_with_ranges_and_stores_uploads() throws Exception {
        Path files = tmp.newFolder("files").toPath();
        Path uploads = tmp.newFolder("uploads").toPath();
        Files.writeString(files.resolve("cfg.bin"), "0123456789");
        acs = LabAcs.start(LabAcsConfig.builder().filesDir(files).uploadsDir(uploads).build());
        HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(acs.fileUrl("cfg.bin")).header("Range", "bytes=2-4")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertArrayEquals("234".getBytes(), part.body());
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(acs.uploadUrl("log.txt"))
                .PUT(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, put.statusCode());
        assertEquals("hello", Files.readString(uploads.resolve("log.txt")));
        List<?> listed = (List<?>) Json.parse(api("GET", "/api/uploads", null).body());
        assertEquals("log.txt", ((Map<?, ?>) listed.get(0)).get("name"));
    }

    @Test
    public void waits_for_an_rpc_answer_through_the_java_api() throws Exception {
        acs = LabAcs.start(LabAcsConfig.builder().build());
        PendingRpc p = acs.queue("W1", new GetParameterValues(List.of("Device.")));
        assertThrowsTimeout(() -> acs.awaitResponse(p, Duration.ofMillis(50)));
        assertThrowsTimeout(() -> acs.awaitInform("W1", Duration.ofMillis(50)));
        FakeCpe cpe = new FakeCpe(acs.url(), "W1");
        cpe.postInform(cpe.inform(1, "1 BOOT"));
        FakeCpe.Reply req = cpe.postEmpty();
        cpe.post(CwmpVersion.V1_4, req.header(0).id(), new GetParameterValuesResponse(List.of()));
        assertTrue(acs.awaitResponse(p, WAIT).isResponse());
        assertEquals(URI.create("http://127.0.0.1:" + acs.port() + "/acs"), acs.url());
    }

    @Test
    public void close_ends_sessions_and_leaves_no_threads_behind() throws Exception {
        acs = LabAcs.start(LabAcsConfig.builder().build());
        PendingRpc p = acs.queue("T1", new GetParameterValues(List.of("Device.")));
        FakeCpe cpe = new FakeCpe(acs.url(), "T1");
        cpe.postInform(cpe.inform(1, "1 BOOT"));
        cpe.postEmpty();
        acs.close();
        acs.close();
        assertEquals("no answer before the session ended (ACS closed)", acs.awaitResponse(p, WAIT).failure());
        acs = null;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (labAcsThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, labAcsThreads());
    }

    private static long labAcsThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("lab-acs-") || t.getName().startsWith("HTTP-Dispatcher"))
                .filter(Thread::isAlive).count();
    }

    private static void assertThrowsTimeout(Runnable r) {
        try {
            r.run();
        } catch (AwaitTimeoutException expected) {
            return;
        }
        throw new AssertionError("expected a timeout");
    }
}
