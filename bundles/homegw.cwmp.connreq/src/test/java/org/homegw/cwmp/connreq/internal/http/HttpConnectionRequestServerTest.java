package org.homegw.cwmp.connreq.internal.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.connreq.internal.Credentials;
import org.homegw.cwmp.connreq.internal.FakeSessionRequests;
import org.homegw.cwmp.connreq.internal.RateLimiter;
import org.homegw.cwmp.connreq.internal.SessionTrigger;
import org.homegw.cwmp.connreq.internal.LeakedThreads;
import org.homegw.testkit.SettableClock;
import org.junit.After;
import org.junit.Test;

public class HttpConnectionRequestServerTest {

    private static final String PATH = "cr-4f9a1c";
    private static final String URI_PATH = "/" + PATH;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final AtomicReference<Credentials> credentials = new AtomicReference<>(new Credentials("acs", "s3cret"));
    private final FakeSessionRequests sessions = new FakeSessionRequests();
    private HttpConnectionRequestServer server;

    private HttpConnectionRequestServer start(int budget, boolean allowBasic) throws Exception {
        SessionTrigger trigger = new SessionTrigger(new RateLimiter(budget, Duration.ofSeconds(60), clock), sessions);
        HttpConnectionRequestServer.Settings settings = HttpConnectionRequestServer.Settings
                .defaults(InetAddress.getLoopbackAddress(), 0, PATH).withAllowBasic(allowBasic);
        server = new HttpConnectionRequestServer(settings, credentials::get, trigger, clock);
        return server;
    }

    @After
    public void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        LeakedThreads.assertNone();
    }

    private DigestTestClient.Response challenge() throws Exception {
        DigestTestClient.Response r = DigestTestClient.send(server.port(), "GET", URI_PATH, null);
        assertEquals(401, r.status());
        return r;
    }

    private DigestTestClient.Response authenticated(String algorithm, String user, String password, int nc)
            throws Exception {
        Map<String, String> c = challenge().challenge(algorithm);
        return DigestTestClient.send(server.port(), "GET", URI_PATH,
                DigestTestClient.authorization(c, user, password, "GET", URI_PATH, nc, "c0ffee"));
    }

    @Test
    public void accepts_sha256_digest_from_java_http_client_and_requests_one_session() throws Exception {
        start(10, false);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create("http://127.0.0.1:" + server.port() + URI_PATH);
        java.net.http.HttpResponse<String> first = client.send(HttpRequest.newBuilder(uri).GET().build(),
                BodyHandlers.ofString());
        assertEquals(401, first.statusCode());
        List<String> challenges = first.headers().allValues("WWW-Authenticate");
        assertEquals(2, challenges.size());
        assertTrue(challenges.get(0).contains("algorithm=SHA-256"));
        assertTrue(challenges.get(1).contains("algorithm=MD5"));
        Map<String, String> sha = AuthParams.parse(challenges.get(0).substring(7)).orElseThrow();
        assertEquals("auth", sha.get("qop"));
        String auth = DigestTestClient.authorization(sha, "acs", "s3cret", "GET", URI_PATH, 1, "abc123");
        java.net.http.HttpResponse<String> second = client.send(
                HttpRequest.newBuilder(uri).header("Authorization", auth).GET().build(), BodyHandlers.ofString());
        assertEquals(200, second.statusCode());
        assertEquals("", second.body());
        assertTrue(sessions.awaitCalls(1));
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)), sessions.calls.get(0));
    }

    @Test
    public void challenge_and_answer_on_one_kept_alive_connection() throws Exception {
        start(10, false);
        try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5000);
            java.io.OutputStream out = socket.getOutputStream();
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            out.write(("GET " + URI_PATH + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            assertEquals("HTTP/1.1 401 Unauthorized", in.readLine());
            String challenge = null;
            for (String h = in.readLine(); !h.isEmpty(); h = in.readLine()) {
                if (challenge == null && h.startsWith("WWW-Authenticate: Digest")) {
                    challenge = h.substring("WWW-Authenticate: Digest ".length());
                }
                assertFalse("kept open", h.equals("Connection: close"));
            }
            String auth = DigestTestClient.authorization(AuthParams.parse(challenge).orElseThrow(), "acs", "s3cret",
                    "GET", URI_PATH, 1, "ka");
            out.write(("GET " + URI_PATH + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + auth + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertEquals("HTTP/1.1 200 OK", in.readLine());
        }
        assertTrue(sessions.awaitCalls(1));
    }

    @Test
    public void jdk_http_url_connection_as_the_lab_acs_uses_it_gets_200() throws Exception {
        start(10, false);
        java.net.URL url = URI.create("http://127.0.0.1:" + server.port() + URI_PATH).toURL();
        java.net.HttpURLConnection first = (java.net.HttpURLConnection) url.openConnection(java.net.Proxy.NO_PROXY);
        assertEquals(401, first.getResponseCode());
        List<String> challenges = first.getHeaderFields().entrySet().stream()
                .filter(e -> "WWW-Authenticate".equalsIgnoreCase(e.getKey())).flatMap(e -> e.getValue().stream())
                .toList();
        String md5 = challenges.stream().filter(c -> c.contains("MD5")).findFirst().orElseThrow();
        Map<String, String> c = AuthParams.parse(md5.substring(7)).orElseThrow();
        java.net.HttpURLConnection second = (java.net.HttpURLConnection) url.openConnection(java.net.Proxy.NO_PROXY);
        second.setRequestProperty("Authorization",
                DigestTestClient.authorization(c, "acs", "s3cret", "GET", URI_PATH, 1, "0a4f113b"));
        assertEquals(200, second.getResponseCode());
        assertEquals(0, second.getInputStream().readAllBytes().length);
        assertTrue(sessions.awaitCalls(1));
    }

    @Test
    public void accepts_md5_digest() throws Exception {
        start(10, false);
        assertEquals(200, authenticated("MD5", "acs", "s3cret", 1).status());
        assertTrue(sessions.awaitCalls(1));
    }

    @Test
    public void request_without_credentials_gets_401_and_never_a_session() throws Exception {
        start(10, false);
        DigestTestClient.Response r = challenge();
        assertFalse(r.challenges().get(0).contains("stale=true"));
        Thread.sleep(100);
        assertTrue(sessions.calls.isEmpty());
    }

    @Test
    public void rejects_connection_request_with_wrong_password() throws Exception {
        start(10, false);
        assertEquals(401, authenticated("SHA-256", "acs", "guess", 1).status());
        assertEquals(401, authenticated("MD5", "other", "s3cret", 1).status());
        Thread.sleep(100);
        assertTrue(sessions.calls.isEmpty());
    }

    @Test
    public void wrong_path_gets_404_and_wrong_method_gets_405() throws Exception {
        start(10, false);
        assertEquals(404, DigestTestClient.send(server.port(), "GET", "/elsewhere", null).status());
        assertEquals(404, DigestTestClient.send(server.port(), "GET", URI_PATH + "x", null).status());
        DigestTestClient.Response post = DigestTestClient.send(server.port(), "POST", URI_PATH, null);
        assertEquals(405, post.status());
        assertTrue(post.hasHeader("Allow: GET"));
    }

    @Test
    public void replayed_nonce_count_is_refused_but_increasing_counts_are_accepted() throws Exception {
        start(10, false);
        Map<String, String> c = challenge().challenge("SHA-256");
        String first = DigestTestClient.authorization(c, "acs", "s3cret", "GET", URI_PATH, 1, "aa");
        assertEquals(200, DigestTestClient.send(server.port(), "GET", URI_PATH, first).status());
        assertEquals("replay of the same header", 401,
                DigestTestClient.send(server.port(), "GET", URI_PATH, first).status());
        String second = DigestTestClient.authorization(c, "acs", "s3cret", "GET", URI_PATH, 2, "bb");
        assertEquals(200, DigestTestClient.send(server.port(), "GET", URI_PATH, second).status());
        assertTrue(sessions.awaitCalls(2));
        Thread.sleep(100);
        assertEquals(2, sessions.calls.size());
    }

    @Test
    public void expired_nonce_gets_401_with_stale_true() throws Exception {
        start(10, false);
        Map<String, String> c = challenge().challenge("MD5");
        clock.advance(Duration.ofMinutes(6));
        DigestTestClient.Response r = DigestTestClient.send(server.port(), "GET", URI_PATH,
                DigestTestClient.authorization(c, "acs", "s3cret", "GET", URI_PATH, 1, "aa"));
        assertEquals(401, r.status());
        assertTrue(r.challenges().get(0).contains("stale=true"));
        assertTrue(sessions.calls.isEmpty());
    }

    @Test
    public void never_issued_nonce_with_right_password_is_stale_and_wrong_password_is_not() throws Exception {
        start(10, false);
        Map<String, String> c = new java.util.HashMap<>(challenge().challenge("MD5"));
        c.put("nonce", "madeUpNonce");
        DigestTestClient.Response right = DigestTestClient.send(server.port(), "GET", URI_PATH,
                DigestTestClient.authorization(c, "acs", "s3cret", "GET", URI_PATH, 1, "aa"));
        assertTrue(right.challenges().get(0).contains("stale=true"));
        DigestTestClient.Response wrong = DigestTestClient.send(server.port(), "GET", URI_PATH,
                DigestTestClient.authorization(c, "acs", "nope", "GET", URI_PATH, 1, "aa"));
        assertFalse(wrong.challenges().get(0).contains("stale=true"));
    }

    @Test
    public void digest_for_another_uri_is_refused() throws Exception {
        start(10, false);
        Map<String, String> c = challenge().challenge("SHA-256");
        String auth = DigestTestClient.authorization(c, "acs", "s3cret", "GET", "/other", 1, "aa");
        assertEquals(401, DigestTestClient.send(server.port(), "GET", URI_PATH, auth).status());
    }

    @Test
    public void basic_is_refused_unless_configured() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("acs:s3cret".getBytes(StandardCharsets.UTF_8));
        start(10, false);
        DigestTestClient.Response refused = DigestTestClient.send(server.port(), "GET", URI_PATH, basic);
        assertEquals(401, refused.status());
        assertFalse(refused.challenges().stream().anyMatch(c -> c.startsWith("Basic")));
        server.close();
        start(10, true);
        assertEquals(200, DigestTestClient.send(server.port(), "GET", URI_PATH, basic).status());
        assertTrue(sessions.awaitCalls(1));
    }

    @Test
    public void credentials_changed_by_the_acs_apply_to_the_next_request() throws Exception {
        start(10, false);
        assertEquals(200, authenticated("SHA-256", "acs", "s3cret", 1).status());
        credentials.set(new Credentials("acs", "n3w"));
        assertEquals(401, authenticated("SHA-256", "acs", "s3cret", 1).status());
        assertEquals(200, authenticated("SHA-256", "acs", "n3w", 1).status());
        assertTrue(sessions.awaitCalls(2));
    }

    @Test
    public void unprovisioned_credentials_refuse_every_request() throws Exception {
        credentials.set(new Credentials("", ""));
        start(10, false);
        assertEquals(401, authenticated("MD5", "", "", 1).status());
        credentials.set(new Credentials("acs", ""));
        assertEquals("an empty password never authenticates", 401, authenticated("SHA-256", "acs", "", 1).status());
        Thread.sleep(100);
        assertTrue(sessions.calls.isEmpty());
    }

    @Test
    public void requests_over_the_budget_get_503_without_retry_after_and_no_session() throws Exception {
        start(2, false);
        assertEquals(200, authenticated("SHA-256", "acs", "s3cret", 1).status());
        assertEquals(200, authenticated("SHA-256", "acs", "s3cret", 1).status());
        DigestTestClient.Response over = authenticated("SHA-256", "acs", "s3cret", 1);
        assertEquals(503, over.status());
        assertFalse(over.hasHeader("Retry-After"));
        assertTrue(sessions.awaitCalls(2));
        clock.advance(Duration.ofSeconds(61));
        assertEquals(200, authenticated("SHA-256", "acs", "s3cret", 1).status());
        assertTrue(sessions.awaitCalls(1));
        assertEquals(3, sessions.calls.size());
    }

    @Test
    public void oversized_or_malformed_heads_get_4xx() throws Exception {
        start(10, false);
        String big = "GET " + URI_PATH + " HTTP/1.1\r\nX-Big: " + "a".repeat(5000) + "\r\n\r\n";
        assertEquals(431, DigestTestClient.sendRaw(server.port(), big).status());
        StringBuilder many = new StringBuilder("GET " + URI_PATH + " HTTP/1.1\r\n");
        for (int i = 0; i < 40; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        assertEquals(431, DigestTestClient.sendRaw(server.port(), many.append("\r\n").toString()).status());
        assertEquals(400, DigestTestClient.sendRaw(server.port(), "GARBAGE\r\n\r\n").status());
        assertEquals(505, DigestTestClient.sendRaw(server.port(), "GET / HTTP/2.0\r\n\r\n").status());
        assertEquals(401, DigestTestClient.send(server.port(), "GET", URI_PATH, "Digest username=\"unterminated")
                .status());
    }

    @Test
    public void body_is_ignored_and_the_connection_closed() throws Exception {
        start(10, false);
        Map<String, String> c = challenge().challenge("SHA-256");
        String auth = DigestTestClient.authorization(c, "acs", "s3cret", "GET", URI_PATH, 1, "aa");
        DigestTestClient.Response r = DigestTestClient.sendRaw(server.port(), "GET " + URI_PATH
                + " HTTP/1.1\r\nAuthorization: " + auth + "\r\nContent-Length: 5\r\n\r\nhello");
        assertEquals(200, r.status());
        assertTrue(r.hasHeader("Connection: close"));
        assertTrue(sessions.awaitCalls(1));
    }

    @Test
    public void absolute_form_target_is_accepted() throws Exception {
        start(10, false);
        String target = "http://127.0.0.1:" + server.port() + URI_PATH;
        Map<String, String> c = DigestTestClient.send(server.port(), "GET", target, null).challenge("MD5");
        String auth = DigestTestClient.authorization(c, "acs", "s3cret", "GET", target, 1, "aa");
        assertEquals(200, DigestTestClient.send(server.port(), "GET", target, auth).status());
    }
}
