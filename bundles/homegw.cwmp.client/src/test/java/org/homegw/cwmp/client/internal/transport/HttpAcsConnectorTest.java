package org.homegw.cwmp.client.internal.transport;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import javax.net.ssl.SSLParameters;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import org.homegw.testkit.Issued;
import org.homegw.testkit.TestPki;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class HttpAcsConnectorTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @After
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A handler that records "method path remote-port encoding body" and answers 204. */
    private final HttpHandler recorder = ex -> {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        String enc = ex.getRequestHeaders().getFirst("Content-Encoding");
        if ("gzip".equals(enc)) {
            body = new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
        }
        seen.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " " + ex.getRemoteAddress().getPort()
                + " " + enc + " " + new String(body, StandardCharsets.UTF_8));
        ex.sendResponseHeaders(204, -1);
        ex.close();
    };

    private String startHttp(HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String startHttps(Issued cert, boolean needClientAuth, TestPki clientCa) throws Exception {
        HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        javax.net.ssl.SSLContext ctx = clientCa == null ? cert.sslContext() : cert.sslContext(clientCa.ca());
        s.setHttpsConfigurator(new HttpsConfigurator(ctx) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = ctx.getDefaultSSLParameters();
                p.setNeedClientAuth(needClientAuth);
                params.setSSLParameters(p);
            }
        });
        s.createContext("/", recorder);
        s.start();
        server = s;
        return "https://127.0.0.1:" + s.getAddress().getPort();
    }

    private static AcsEndpoint endpoint(String url, Duration timeout) {
        return new AcsEndpoint(URI.create(url), "", "", false, timeout);
    }

    private static OutgoingBody text(String s) {
        return OutgoingBody.bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void posts_of_one_session_share_one_persistent_connection() throws Exception {
        String base = startHttp(recorder);
        try (AcsExchange ex = new HttpAcsConnector(TlsSettings.systemDefault(), 1 << 16)
                .open(endpoint(base + "/acs", Duration.ofSeconds(5)))) {
            assertEquals(204, ex.post(text("<a/>")).status());
            assertEquals(204, ex.post(OutgoingBody.EMPTY).status());
            assertEquals(204, ex.post(text("<b/>")).status());
        }
        assertEquals(3, seen.size());
        String port = seen.get(0).split(" ")[2];
        assertTrue(seen.stream().allMatch(s -> s.split(" ")[2].equals(port)));
        assertTrue(seen.get(1).endsWith("null "));
    }

    @Test
    public void sessions_share_one_client_but_each_gets_its_own_connection_cookies_and_credentials()
            throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        String base = startHttp(ex -> {
            ex.getRequestBody().readAllBytes();
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            requests.add(ex.getRemoteAddress().getPort() + " cookie=" + ex.getRequestHeaders().getFirst("Cookie")
                    + " auth=" + auth);
            if (auth == null) {
                ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"acs\"");
                ex.sendResponseHeaders(401, -1);
            } else {
                String user = new String(java.util.Base64.getDecoder().decode(auth.substring("Basic ".length())),
                        StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Set-Cookie", "session=" + user.split(":")[0]);
                ex.sendResponseHeaders(204, -1);
            }
            ex.close();
        });
        HttpAcsConnector connector = new HttpAcsConnector(TlsSettings.systemDefault(), 1 << 16);
        AcsEndpoint alice = new AcsEndpoint(URI.create(base + "/acs"), "alice", "a", false, Duration.ofSeconds(5));
        AcsEndpoint bob = new AcsEndpoint(URI.create(base + "/acs"), "bob", "b", false, Duration.ofSeconds(5));
        HttpAcsConnector.SharedClient first = connector.client(alice);
        try (AcsExchange ex = connector.open(alice)) {
            assertEquals(204, ex.post(text("<a/>")).status());
            assertEquals(204, ex.post(OutgoingBody.EMPTY).status());
        }
        try (AcsExchange ex = connector.open(bob)) {
            assertEquals(204, ex.post(text("<b/>")).status());
        }
        assertTrue("one client for both sessions", first == connector.client(bob));
        // session 1: challenge, authorised POST (sets its cookie), empty POST with the cookie
        // session 2: its own challenge (no auth state, no cookie carried over), bob's credentials
        assertEquals(requests.toString(), 5, requests.size());
        String basicAlice = "Basic " + java.util.Base64.getEncoder().encodeToString("alice:a".getBytes());
        String basicBob = "Basic " + java.util.Base64.getEncoder().encodeToString("bob:b".getBytes());
        assertTrue(requests.get(0), requests.get(0).endsWith(" cookie=null auth=null"));
        assertTrue(requests.get(1), requests.get(1).endsWith(" cookie=null auth=" + basicAlice));
        assertTrue(requests.get(2), requests.get(2).endsWith(" cookie=session=alice auth=" + basicAlice));
        assertTrue(requests.get(3), requests.get(3).endsWith(" cookie=null auth=null"));
        assertTrue(requests.get(4), requests.get(4).endsWith(" cookie=null auth=" + basicBob));
        String port1 = requests.get(0).split(" ")[0];
        String port2 = requests.get(3).split(" ")[0];
        assertEquals("session 1 keeps its connection", port1, requests.get(2).split(" ")[0]);
        assertFalse("session 2 opens a new connection", port1.equals(port2));
    }

    @Test
    public void client_is_rebuilt_when_the_timeout_or_a_tls_file_changes() throws Exception {
        TestPki pki = new TestPki("homegw test CA");
        Path anchors = pki.writeCaPem(tmp.getRoot().toPath().resolve("ca.pem"));
        HttpAcsConnector connector = new HttpAcsConnector(
                new TlsSettings(Optional.of(anchors), Optional.empty(), ""), 1 << 16);
        AcsEndpoint https = endpoint("https://127.0.0.1:1/acs", Duration.ofSeconds(5));
        HttpAcsConnector.SharedClient a = connector.client(https);
        assertTrue("unchanged settings keep the client", a == connector.client(https));
        HttpAcsConnector.SharedClient b = connector.client(endpoint("https://127.0.0.1:1/acs", Duration.ofSeconds(9)));
        assertFalse("new timeout, new client", a == b);
        new TestPki("another CA").writeCaPem(anchors);
        java.nio.file.Files.setLastModifiedTime(anchors, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 60_000));
        assertFalse("replaced trust anchors, new client",
                b == connector.client(endpoint("https://127.0.0.1:1/acs", Duration.ofSeconds(9))));
    }

    @Test
    public void silent_acs_ends_the_exchange_with_a_timeout() throws Exception {
        String base = startHttp(ex -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        try (AcsExchange ex = new HttpAcsConnector(TlsSettings.systemDefault(), 1 << 16)
                .open(endpoint(base + "/acs", Duration.ofMillis(500)))) {
            ex.post(text("<a/>"));
            fail("expected a timeout");
        } catch (TransportException e) {
            assertEquals(TransportException.Kind.TIMEOUT, e.kind());
        }
    }

    @Test
    public void refused_connection_is_connect_failed() throws Exception {
        String base = startHttp(recorder);
        server.stop(0);
        server = null;
        try (AcsExchange ex = new HttpAcsConnector(TlsSettings.systemDefault(), 1 << 16)
                .open(endpoint(base + "/acs", Duration.ofSeconds(2)))) {
            ex.post(text("<a/>"));
            fail("expected a connect failure");
        } catch (TransportException e) {
            assertEquals(TransportException.Kind.CONNECT_FAILED, e.kind());
        }
    }

    @Test
    public void redirect_is_followed_with_the_same_body_and_kept_for_the_session() throws Exception {
        String base = startHttp(ex -> {
            if (ex.getRequestURI().getPath().equals("/old")) {
                ex.getRequestBody().readAllBytes();
                ex.getResponseHeaders().add("Location", "/new");
                ex.sendResponseHeaders(307, -1);
                ex.close();
            } else {
                recorder.handle(ex);
            }
        });
        try (AcsExchange ex = new HttpAcsConnector(TlsSettings.systemDefault(), 1 << 16)
                .open(endpoint(base + "/old", Duration.ofSeconds(5)))) {
            ex.post(text("<inform/>"));
            ex.post(OutgoingBody.EMPTY);
        }
        assertEquals(2, seen.size());
        assertTrue(seen.get(0).startsWith("POST /new ") && seen.get(0).endsWith("<inform/>"));
        assertTrue(seen.get(1).startsWith("POST /new "));
    }

    @Test
    public void gzip_request_bodies_when_http_compression_is_gzip() throws Exception {
        String base = startHttp(recorder);
        try (AcsExchange ex = new HttpAcsConnector(TlsSettings.systemDefault(), 1 << 16)
                .open(new AcsEndpoint(URI.create(base + "/acs"), "", "", true, Duration.ofSeconds(5)))) {
            ex.post(text("<soap>compressed</soap>"));
        }
        assertTrue(seen.get(0), seen.get(0).endsWith(" gzip <soap>compressed</soap>"));
    }

    @Test
    public void oversized_response_is_refused() throws Exception {
        String base = startHttp(ex -> {
            byte[] big = new byte[70_000];
            ex.sendResponseHeaders(200, big.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(big);
            }
        });
        try (AcsExchange ex = new HttpAcsConnector(TlsSettings.systemDefault(), 65_536)
                .open(endpoint(base + "/acs", Duration.ofSeconds(5)))) {
            ex.post(text("<a/>"));
            fail("expected refusal");
        } catch (TransportException e) {
            assertEquals(TransportException.Kind.PROTOCOL, e.kind());
        }
    }

    @Test
    public void retry_after_seconds_are_read() throws Exception {
        String base = startHttp(ex -> {
            ex.getResponseHeaders().add("Retry-After", "42");
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        try (AcsExchange ex = new HttpAcsConnector(TlsSettings.systemDefault(), 1 << 16)
                .open(endpoint(base + "/acs", Duration.ofSeconds(5)))) {
            AcsReply r = ex.post(text("<a/>"));
            assertEquals(503, r.status());
            assertEquals(Optional.of(Duration.ofSeconds(42)), r.retryAfter());
        }
    }

    @Test
    public void https_with_a_trusted_ca_and_matching_address_works() throws Exception {
        TestPki pki = new TestPki("homegw test CA");
        String base = startHttps(pki.serverCert(), false, null);
        Path anchors = pki.writeCaPem(tmp.getRoot().toPath().resolve("ca.pem"));
        TlsSettings tls = new TlsSettings(Optional.of(anchors), Optional.empty(), "");
        try (AcsExchange ex = new HttpAcsConnector(tls, 1 << 16).open(endpoint(base + "/acs", Duration.ofSeconds(5)))) {
            assertEquals(204, ex.post(text("<a/>")).status());
        }
        assertEquals(1, seen.size());
    }

    @Test
    public void https_certificate_from_an_untrusted_ca_is_rejected() throws Exception {
        TestPki serverCa = new TestPki("rogue CA");
        TestPki trusted = new TestPki("operator CA");
        String base = startHttps(serverCa.serverCert(), false, null);
        TlsSettings tls = new TlsSettings(Optional.of(trusted.writeCaPem(tmp.getRoot().toPath().resolve("ca.pem"))),
                Optional.empty(), "");
        assertTlsRejected(tls, base);
        assertTrue("nothing reached the ACS", seen.isEmpty());
    }

    @Test
    public void https_certificate_for_another_host_is_rejected() throws Exception {
        TestPki pki = new TestPki("homegw test CA");
        String base = startHttps(pki.serverCert(List.of("acs.example.net")), false, null);
        TlsSettings tls = new TlsSettings(Optional.of(pki.writeCaPem(tmp.getRoot().toPath().resolve("ca.pem"))),
                Optional.empty(), "");
        assertTlsRejected(tls, base);
    }

    @Test
    public void https_self_signed_server_is_rejected_by_the_system_trust_store() throws Exception {
        TestPki pki = new TestPki("homegw test CA");
        String base = startHttps(pki.serverCert(), false, null);
        assertTlsRejected(TlsSettings.systemDefault(), base);
    }

    @Test
    public void client_certificate_is_presented_when_configured() throws Exception {
        TestPki pki = new TestPki("homegw test CA");
        String base = startHttps(pki.serverCert(), true, pki);
        Path anchors = pki.writeCaPem(tmp.getRoot().toPath().resolve("ca.pem"));
        TlsSettings without = new TlsSettings(Optional.of(anchors), Optional.empty(), "");
        try (AcsExchange ex = new HttpAcsConnector(without, 1 << 16).open(endpoint(base + "/acs", Duration.ofSeconds(5)))) {
            ex.post(text("<a/>"));
            fail("server requires a client certificate");
        } catch (TransportException expected) {
            assertFalse(expected.kind() == TransportException.Kind.TIMEOUT);
        }
        Path p12 = tmp.getRoot().toPath().resolve("client.p12");
        pki.clientCert("SN0001").writePkcs12(p12, "changeit");
        TlsSettings with = new TlsSettings(Optional.of(anchors), Optional.of(p12), "changeit");
        try (AcsExchange ex = new HttpAcsConnector(with, 1 << 16).open(endpoint(base + "/acs", Duration.ofSeconds(5)))) {
            assertEquals(204, ex.post(text("<a/>")).status());
        }
    }

    @Test
    public void missing_trust_anchor_file_fails_the_session_clearly() throws Exception {
        TlsSettings tls = new TlsSettings(Optional.of(tmp.getRoot().toPath().resolve("absent.pem")), Optional.empty(), "");
        try {
            new HttpAcsConnector(tls, 1 << 16).open(endpoint("https://127.0.0.1:1/acs", Duration.ofSeconds(1)));
            fail("expected failure");
        } catch (TransportException e) {
            assertEquals(TransportException.Kind.TLS_REJECTED, e.kind());
            assertTrue(e.getMessage(), e.getMessage().contains("absent.pem"));
        }
    }

    private static void assertTlsRejected(TlsSettings tls, String base) throws Exception {
        try (AcsExchange ex = new HttpAcsConnector(tls, 1 << 16).open(endpoint(base + "/acs", Duration.ofSeconds(5)))) {
            ex.post(text("<a/>"));
            fail("expected the certificate to be rejected");
        } catch (TransportException e) {
            assertEquals(e.getMessage(), TransportException.Kind.TLS_REJECTED, e.kind());
        }
    }

    @Test
    public void outgoing_body_bytes_are_sent_unchanged() throws Exception {
        byte[] payload = "äöü <x/>".getBytes(StandardCharsets.UTF_8);
        String base = startHttp(recorder);
        try (AcsExchange ex = new HttpAcsConnector(TlsSettings.systemDefault(), 1 << 16)
                .open(endpoint(base + "/acs", Duration.ofSeconds(5)))) {
            ex.post(OutgoingBody.bytes(payload));
        }
        assertArrayEquals(payload, seen.get(0).substring(seen.get(0).indexOf("null ") + 5).getBytes(StandardCharsets.UTF_8));
    }
}
