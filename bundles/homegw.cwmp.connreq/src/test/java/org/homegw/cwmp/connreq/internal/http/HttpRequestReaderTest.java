package org.homegw.cwmp.connreq.internal.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.Test;

/** Request-head syntax: what is read, and what gets which error status. */
public class HttpRequestReaderTest {

    private static HttpRequestHead read(String head) throws Exception {
        return new HttpRequestReader(new ByteArrayInputStream(head.getBytes(StandardCharsets.ISO_8859_1)),
                HttpRequestReader.Limits.DEFAULT).read();
    }

    private static BadRequestException refusal(String head) throws Exception {
        try {
            HttpRequestHead h = read(head);
            fail("accepted: " + h);
        } catch (BadRequestException e) {
            return e;
        }
        return null;
    }

    @Test
    public void reads_crlf_and_bare_lf_lines() throws Exception {
        HttpRequestHead h = read("GET /cr HTTP/1.1\r\nX-A: a b\nHost: x\r\n\r\n");
        assertEquals("/cr", h.target());
        assertEquals("a b", h.header("X-A"));
        assertEquals("x", h.header("host"));
    }

    @Test
    public void answers_400_to_a_bare_cr_in_a_header_value() throws Exception {
        // fuzz finding F3: the CR used to be kept in the value
        BadRequestException e = refusal("GET /cr HTTP/1.1\r\nX-A: a\rb\r\n\r\n");
        assertEquals(400, e.status());
        assertTrue(e.getMessage(), e.getMessage().contains("bare CR"));
    }

    @Test
    public void answers_400_to_a_bare_cr_in_the_request_line_or_as_a_line_end() throws Exception {
        assertEquals(400, refusal("GET /c\rr HTTP/1.1\r\n\r\n").status());
        assertEquals(400, refusal("GET /cr HTTP/1.1\rHost: x\r\n\r\n").status());
        assertEquals(400, refusal("GET /cr HTTP/1.1\r\nHost: x\r\r\n\r\n").status());
    }

    @Test
    public void answers_400_to_nul_in_the_request_line_or_a_header() throws Exception {
        BadRequestException e = refusal("GET /cr HTTP/1.1\r\nX-A: a\0b\r\n\r\n");
        assertEquals(400, e.status());
        assertTrue(e.getMessage(), e.getMessage().contains("NUL"));
        assertEquals(400, refusal("GET /\0 HTTP/1.1\r\n\r\n").status());
    }
}
