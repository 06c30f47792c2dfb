package org.homegw.labacs.connreq;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.homegw.labacs.auth.Credentials;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class UdpConnectionRequestTest {

    private DatagramSocket cpe;

    @Before
    public void bind() throws Exception {
        cpe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        cpe.setSoTimeout(5000);
    }

    @After
    public void close() {
        cpe.close();
    }

    @Test
    public void sends_three_identical_get_datagrams_whose_signature_verifies() throws Exception {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
        UdpConnectionRequest udp = new UdpConnectionRequest(clock, false);
        UdpConnectionRequest.Message sent = udp.send("127.0.0.1", cpe.getLocalPort(), new Credentials("cr user", "pw"));

        String first = null;
        for (int i = 0; i < UdpConnectionRequest.COPIES; i++) {
            byte[] buf = new byte[2048];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            cpe.receive(p);
            String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII);
            if (first == null) {
                first = text;
            }
            assertEquals(first, text);
        }
        String requestLine = first.substring(0, first.indexOf("\r\n"));
        assertTrue(requestLine, requestLine.startsWith("GET http://127.0.0.1:" + cpe.getLocalPort() + "?"));
        assertTrue(requestLine.endsWith(" HTTP/1.1"));
        URI uri = URI.create(requestLine.split(" ")[1]);
        assertEquals("", uri.getRawPath());
        Map<String, String> q = new HashMap<>();
        for (String kv : uri.getRawQuery().split("&")) {
            int eq = kv.indexOf('=');
            q.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
        assertEquals("1700000000", q.get("ts"));
        assertEquals(Long.toString(sent.id()), q.get("id"));
        assertEquals("cr user", q.get("un"));

        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("pw".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String expected = HexFormat.of().formatHex(mac.doFinal(
                (q.get("ts") + q.get("id") + q.get("un") + q.get("cn")).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, q.get("sig"));
    }

    @Test
    public void empty_password_signs_like_hmac_with_a_zero_key() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(new byte[20], "HmacSHA1"));
        String expected = HexFormat.of().formatHex(mac.doFinal("12uc".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, UdpConnectionRequest.signature("", 1, 2, "u", "c"));
    }
}
