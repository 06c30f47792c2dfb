package org.homegw.cwmp.codec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.homegw.cwmp.codec.DecodeException.Reason;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;
import org.junit.Test;

/** Hostile and broken input must end in a DecodeException with the right reason, never worse. */
public class HostileInputTest {
    private final CwmpDecoder decoder = new CwmpDecoder();

    private DecodeException refused(byte[] body) {
        return refused(new ByteArrayInputStream(body));
    }

    private DecodeException refused(InputStream body) {
        try {
            decoder.decodeAll(body);
        } catch (DecodeException e) {
            return e;
        }
        throw new AssertionError("hostile input accepted");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String ENVELOPE = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            + "xmlns:cwmp=\"urn:dslforum-org:cwmp-1-0\"><s:Body><cwmp:Reboot><CommandKey>&xxe;</CommandKey>"
            + "</cwmp:Reboot></s:Body></s:Envelope>";

    private static final String REBOOT = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            + "xmlns:cwmp=\"urn:dslforum-org:cwmp-1-0\"><s:Body><!--%s--><cwmp:Reboot><CommandKey>%s</CommandKey>"
            + "</cwmp:Reboot></s:Body></s:Envelope>";

    private String commandKey(InputStream body) throws DecodeException {
        Envelope e = decoder.decodeAll(body).get(0);
        return ((org.homegw.cwmp.message.Reboot) e.body().get(0)).commandKey();
    }

    @Test
    public void the_parser_handed_out_again_after_a_failure_reads_the_next_body_cleanly() throws Exception {
        for (int i = 0; i < 3; i++) {
            refused(utf8(REBOOT.formatted("", "k").substring(0, 150))); // cut inside the document
            assertEquals(Reason.DOCTYPE_FORBIDDEN, refused(utf8("<!DOCTYPE s:Envelope []>" + ENVELOPE)).reason());
            assertEquals("k" + i, commandKey(new ByteArrayInputStream(utf8(REBOOT.formatted("", "k" + i)))));
        }
    }

    @Test
    public void a_body_larger_than_its_stream_announced_is_read_whole() throws Exception {
        byte[] body = utf8(REBOOT.formatted("x".repeat(40_000), "long"));
        InputStream understating = new ByteArrayInputStream(body) {
            @Override
            public synchronized int available() {
                return 1; // allowed: available() is only an estimate
            }
        };
        assertEquals("long", commandKey(understating));
    }

    @Test
    public void rejects_external_entity() {
        DecodeException e = refused(utf8("<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]>" + ENVELOPE));
        assertEquals(Reason.DOCTYPE_FORBIDDEN, e.reason());
    }

    @Test
    public void rejects_billion_laughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE s:Envelope [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("<!ENTITY xxe \"&lol9;\">]>");
        DecodeException e = refused(utf8(dtd + ENVELOPE));
        assertEquals(Reason.DOCTYPE_FORBIDDEN, e.reason());
    }

    @Test
    public void rejects_doctype_in_utf16_input_that_is_not_wrapped() {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE s:Envelope [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]>" + ENVELOPE).getBytes(Charset.forName("UTF-16"));
        assertEquals(Reason.DOCTYPE_FORBIDDEN, refused(body).reason());
    }

    @Test
    public void rejects_undeclared_entity() {
        assertEquals(Reason.MALFORMED_XML, refused(utf8(ENVELOPE)).reason());
    }

    @Test
    public void rejects_deep_nesting() {
        StringBuilder xml = new StringBuilder("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<s:Body><cwmp:Reboot xmlns:cwmp=\"urn:dslforum-org:cwmp-1-0\">");
        for (int i = 0; i < 10_000; i++) {
            xml.append("<a>");
        }
        for (int i = 0; i < 10_000; i++) {
            xml.append("</a>");
        }
        xml.append("</cwmp:Reboot></s:Body></s:Envelope>");
        assertEquals(Reason.TOO_DEEP, refused(utf8(xml.toString())).reason());
    }

    @Test
    public void rejects_body_over_the_size_limit_without_reading_it_all() {
        CountingStream body = new CountingStream(50L << 20);
        DecodeException e = refused(body);
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue("read " + body.served, body.served <= DecodeLimits.DEFAULTS.maxBytes() + 64 * 1024);
    }

    @Test
    public void rejects_too_many_elements() {
        CwmpDecoder small = new CwmpDecoder(DecodeLimits.DEFAULTS.withMaxElements(100));
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            names.append("<string>Device.").append(i).append("</string>");
        }
        byte[] body = utf8(envelopeWith("<cwmp:GetParameterValues><ParameterNames>" + names
                + "</ParameterNames></cwmp:GetParameterValues>"));
        try {
            small.decodeAll(body);
            throw new AssertionError("accepted");
        } catch (DecodeException e) {
            assertEquals(Reason.TOO_MANY_ELEMENTS, e.reason());
        }
    }

    @Test
    public void rejects_overlong_string() {
        String value = "x".repeat(DecodeLimits.DEFAULTS.maxStringLength() + 1);
        DecodeException e = refused(utf8(envelopeWith("<cwmp:Reboot><CommandKey>" + value
                + "</CommandKey></cwmp:Reboot>")));
        assertEquals(Reason.STRING_TOO_LONG, e.reason());
    }

    @Test
    public void rejects_wrong_root() {
        assertEquals(Reason.NOT_AN_ENVELOPE, refused(utf8("<html><body>hello</body></html>")).reason());
        assertEquals(Reason.NOT_AN_ENVELOPE, refused(utf8("<s:Envelope xmlns:s=\"urn:x\"><s:Header/></s:Envelope>"))
                .reason());
    }

    @Test
    public void rejects_non_xml() {
        assertEquals(Reason.MALFORMED_XML, refused(utf8("{\"json\": true}<")).reason());
        assertEquals(Reason.MALFORMED_XML, refused(utf8("<s:Envelope><unclosed></s:Envelope>")).reason());
    }

    @Test
    public void every_truncation_of_a_valid_envelope_fails_cleanly() throws Exception {
        byte[] whole = new CwmpEncoder().encode(Envelope.of(CwmpVersion.V1_2, "t",
                Samples.all().get(0)));
        int refusedCount = 0;
        for (int len = 0; len < whole.length; len++) {
            byte[] part = java.util.Arrays.copyOf(whole, len);
            try {
                decoder.decodeAll(part);
            } catch (DecodeException e) {
                refusedCount++;
            }
        }
        // only the cuts that remove nothing but blanks/markup-free trailing text could succeed
        assertTrue(refusedCount >= whole.length - 2);
    }

    @Test
    public void random_byte_corruption_of_any_message_never_escapes_as_an_unchecked_exception() throws Exception {
        Random random = new Random(42);
        for (org.homegw.cwmp.message.CwmpMessage message : Samples.all()) {
            corrupt(new CwmpEncoder().encode(Envelope.of(CwmpVersion.V1_2, "r", message)), random, 100);
        }
    }

    @Test
    public void random_byte_corruption_never_escapes_as_an_unchecked_exception() throws Exception {
        byte[] whole = new CwmpEncoder().encode(Envelope.of(CwmpVersion.V1_0, "r", Samples.all().get(4)));
        corrupt(whole, new Random(7), 2000);
    }

    private void corrupt(byte[] whole, Random random, int rounds) {
        for (int round = 0; round < rounds; round++) {
            byte[] copy = whole.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            }
            try {
                decoder.decodeAll(copy);
            } catch (DecodeException expected) {
                // fine: refused with a reason
            }
        }
    }

    @Test
    public void failing_input_stream_is_an_io_error() {
        InputStream broken = new SequenceInputStream(new ByteArrayInputStream(utf8("<s:Envelope")), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
        assertEquals(Reason.IO_ERROR, refused(broken).reason());
    }

    private static String envelopeWith(String body) {
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:cwmp=\"urn:dslforum-org:cwmp-1-0\"><s:Body>" + body + "</s:Body></s:Envelope>";
    }

    /** An endless well-formed-looking body of the given size, generated on the fly. */
    private static final class CountingStream extends InputStream {
        private static final byte[] HEAD = utf8("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<s:Header><X_Junk>"); // an unknown header: skipped, so only the size limit stops it
        private final long size;
        long served;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            int b = served < HEAD.length ? HEAD[(int) served] : (served % 64 == 0 ? '\n' : 'a');
            served++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }
}
