package org.homegw.labacs.connreq;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homegw.labacs.auth.Credentials;
import org.junit.After;
import org.junit.Test;

/** The Connection Request sender against a tiny CPE-like server that checks digests with its own arithmetic. */
public class ConnectionRequestSenderTest {

    private static final String NONCE = "dcd98b7102dd2f0e8b11d0f600bfb0c093";
    private HttpServer cpe;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final ConnectionRequestSender sender = new ConnectionRequestSender(Duration.ofSeconds(5), false);

    @After
    public void stop() {
        if (cpe != null) {
            cpe.stop(0);
        }
    }

    /** A CPE that challenges with one algorithm and accepts the digest of cr-user/cr-pass, answering 200. */
    private URI startCpe(String algorithm, String jcaName) throws Exception {
        cpe = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cpe.createContext("/cr/abc", ex -> {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth != null) {
                authorizations.add(auth);
            }
            boolean ok = auth != null && digestValid(auth, "GET", jcaName);
            if (!ok) {
                ex.getResponseHeaders().add("WWW-Authenticate", "Digest realm=\"cpe\", qop=\"auth\", nonce=\""
                        + NONCE + "\", algorithm=" + algorithm + ", opaque=\"5ccc\"");
            }
            ex.sendResponseHeaders(ok ? 200 : 401, -1);
            ex.close();
        });
        cpe.start();
        return URI.create("http://127.0.0.1:" + cpe.getAddress().getPort() + "/cr/abc");
    }

    private static boolean digestValid(String header, String method, String jcaName) {
        Map<String, String> p = new java.util.HashMap<>();
        Matcher m = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))").matcher(header);
        while (m.find()) {
            p.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        if (!"cr-user".equals(p.get("username")) || !NONCE.equals(p.get("nonce")) || !"auth".equals(p.get("qop"))
                || !"5ccc".equals(p.get("opaque"))) {
            return false;
        }
        String ha1 = h(jcaName, "cr-user:cpe:cr-pass");
        String ha2 = h(jcaName, method + ":" + p.get("uri"));
        String expected = h(jcaName, ha1 + ":" + NONCE + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
        return expected.equals(p.get("response")) && "/cr/abc".equals(p.get("uri"));
    }

    private static String h(String jcaName, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jcaName).digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void completes_md5_digest_handshake() throws Exception {
        URI url = startCpe("MD5", "MD5");
        ConnectionRequestResult r = sender.send(url, new Credentials("cr-user", "cr-pass"));
        assertEquals(200, r.status());
        assertTrue(r.accepted());
        assertEquals("Digest", r.authScheme());
        assertEquals("MD5", r.algorithm());
        assertEquals(2, r.attempts());
        assertEquals(1, authorizations.size());
    }

    @Test
    public void completes_sha256_digest_handshake() throws Exception {
        URI url = startCpe("SHA-256", "SHA-256");
        ConnectionRequestResult r = sender.send(url, new Credentials("cr-user", "cr-pass"));
        assertEquals(200, r.status());
        assertEquals("SHA-256", r.algorithm());
    }

    @Test
    public void reports_rejection_of_wrong_credentials() throws Exception {
        URI url = startCpe("MD5", "MD5");
        ConnectionRequestResult r = sender.send(url, new Credentials("cr-user", "wrong"));
        assertEquals(401, r.status());
        assertFalse(r.accepted());
    }

    @Test
    public void without_credentials_reports_the_challenge_status() throws Exception {
        URI url = startCpe("MD5", "MD5");
        ConnectionRequestResult r = sender.send(url, null);
        assertEquals(401, r.status());
        assertNull(r.algorithm());
    }

    @Test
    public void refuses_non_loopback_and_non_http_targets() {
        assertThrows(IllegalArgumentException.class,
                () -> sender.send(URI.create("http://192.0.2.1:7547/cr"), new Credentials("a", "b")));
        assertThrows(IllegalArgumentException.class,
                () -> sender.send(URI.create("https://127.0.0.1:7547/cr"), new Credentials("a", "b")));
    }
}
