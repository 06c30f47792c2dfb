package org.homegw.cwmp.codec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.InformResponse;
import org.junit.Test;

/**
 * A body that is text rather than XML (a text/plain error page, garbage from a broken proxy) is not
 * an empty body: it must be refused, or a CPE takes it for the ACS's empty answer and ends the session
 * "cleanly" (found by itests/crash AcsFaultIT: a TransferComplete answered with garbage).
 */
public class TextOutsideEnvelopeTest {

    private static final String INFORM_RESPONSE = "<soap-env:Envelope xmlns:soap-env=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:cwmp=\"urn:dslforum-org:cwmp-1-0\"><soap-env:Header><cwmp:ID soap-env:mustUnderstand=\"1\">1</cwmp:ID>"
            + "</soap-env:Header><soap-env:Body><cwmp:InformResponse><MaxEnvelopes>1</MaxEnvelopes></cwmp:InformResponse>"
            + "</soap-env:Body></soap-env:Envelope>";

    private final CwmpDecoder decoder = new CwmpDecoder();

    private DecodeException refused(String body) {
        try {
            List<Envelope> read = decoder.decodeAll(body.getBytes(StandardCharsets.UTF_8));
            throw new AssertionError("accepted as " + read + ": " + body);
        } catch (DecodeException e) {
            return e;
        }
    }

    @Test
    public void refuses_plain_text_as_a_body() {
        assertEquals(DecodeException.Reason.MALFORMED_XML, refused("this is not XML at all").reason());
    }

    @Test
    public void refuses_text_next_to_an_envelope() {
        assertEquals(DecodeException.Reason.MALFORMED_XML, refused(INFORM_RESPONSE + " trailing garbage").reason());
        assertEquals(DecodeException.Reason.MALFORMED_XML, refused("Error 502 " + INFORM_RESPONSE).reason());
    }

    @Test
    public void still_reads_blank_bodies_as_empty_and_white_space_around_envelopes() throws Exception {
        assertEquals(List.of(), decoder.decodeAll(" \r\n\t ".getBytes(StandardCharsets.UTF_8)));
        List<Envelope> read = decoder.decodeAll(("\n  " + INFORM_RESPONSE + "\n\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, read.size());
        assertTrue(read.get(0).first() instanceof InformResponse);
    }
}
