package org.homegw.cwmp.connreq.internal.udp;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.Test;

public class UdpConnectionRequestTest {

    static final String GOOD = "GET http://203.0.113.7:7547?ts=1700000000&id=1234&un=acs&cn=XTGU&sig="
            + "0123456789abcdef0123456789abcdef01234567 HTTP/1.1\r\nHost: 203.0.113.7:7547\r\n\r\n";

    private static Optional<UdpConnectionRequest> parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return UdpConnectionRequest.parse(b, b.length);
    }

    @Test
    public void parses_a_well_formed_request() {
        UdpConnectionRequest r = parse(GOOD).orElseThrow();
        assertEquals(1700000000L, r.timestamp());
        assertEquals(1234L, r.messageId());
        assertEquals("acs", r.username());
        assertEquals("XTGU", r.cnonce());
        assertEquals("17000000001234acsXTGU", r.signedText());
    }

    @Test
    public void decodes_form_encoded_values_and_tolerates_a_slash_path_and_uppercase_hex() {
        UdpConnectionRequest r = parse("GET http://h:1/?ts=1&id=2&un=a%20b+c&cn=x%26y&sig="
                + "0123456789ABCDEF0123456789abcdef01234567 HTTP/1.1\r\n\r\n").orElseThrow();
        assertEquals("a b c", r.username());
        assertEquals("x&y", r.cnonce());
        assertEquals("0123456789abcdef0123456789abcdef01234567", r.signature());
    }

    @Test
    public void rejects_malformed_requests() {
        String q = "?ts=1&id=2&un=u&cn=c&sig=0123456789abcdef0123456789abcdef01234567";
        String[] bad = {
            "POST http://h:1" + q + " HTTP/1.1\r\n\r\n",
            "GET http://h:1" + q + " HTTP/1.0\r\n\r\n",
            "GET /relative" + q + " HTTP/1.1\r\n\r\n",
            "GET http://h:1/path" + q + " HTTP/1.1\r\n\r\n",
            "GET http://h:1?ts=1&id=2&un=u&cn=c HTTP/1.1\r\n\r\n",
            "GET http://h:1?ts=x&id=2&un=u&cn=c&sig=0123456789abcdef0123456789abcdef01234567 HTTP/1.1\r\n\r\n",
            "GET http://h:1?ts=1&id=99999999999&un=u&cn=c&sig=0123456789abcdef0123456789abcdef01234567 HTTP/1.1\r\n\r\n",
            "GET http://h:1?ts=1&id=2&un=u&cn=c&sig=short HTTP/1.1\r\n\r\n",
            "GET http://h:1" + q + "&un=v HTTP/1.1\r\n\r\n",
            "GET http://h:1" + q + " HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc",
            "GET http://h:1" + q + " HTTP/1.1\r\n\r\nbody",
            "GET http://h:1?ts=1&id=2&un=%zz&cn=c&sig=0123456789abcdef0123456789abcdef01234567 HTTP/1.1\r\n\r\n",
            "",
            "GET http://h:1" + q + " HTTP/1.1\r\nX: " + "a".repeat(1500) + "\r\n\r\n",
        };
        for (String s : bad) {
            assertTrue("should reject: " + s, parse(s).isEmpty());
        }
    }

    @Test
    public void accepts_a_request_with_content_length_zero_and_no_trailing_blank_line() {
        String q = "GET http://h:1?ts=1&id=2&un=u&cn=c&sig=0123456789abcdef0123456789abcdef01234567 HTTP/1.1";
        assertTrue(parse(q + "\r\nContent-Length: 0\r\n\r\n").isPresent());
        assertTrue(parse(q).isPresent());
    }
}
