package org.homegw.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.DecodeException;
import org.homegw.cwmp.codec.DecodeLimits;
import org.homegw.cwmp.message.Envelope;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The SOAP decoder on arbitrary HTTP bodies: every input ends in envelopes or a
 * {@link DecodeException} with a reason, within 100 ms and a bounded allocation, both with the
 * defaults and with tight limits (so the limit checks themselves are reached by small inputs).
 */
class CwmpDecoderFuzzTest {

    /** Small enough that fuzzer-sized inputs hit every bound: bytes, depth, elements, string length. */
    static final DecodeLimits TIGHT = new DecodeLimits(2048, 8, 64, 32);

    private final CwmpDecoder defaults = new CwmpDecoder();
    private final CwmpDecoder tight = new CwmpDecoder(TIGHT);

    @DictionaryFile(resourcePath = "/dict/cwmp.dict")
    @FuzzTest
    void decodeAll_gives_envelopes_or_a_decode_exception(byte[] body) throws Exception {
        InputBudget.check("decodeAll", body.length, () -> {
            List<Envelope> all = decodeOrRefuse(defaults, body);
            List<Envelope> tightAll = decodeOrRefuse(tight, body);
            if (all != null && tightAll != null) {
                // limits only ever refuse; what they let through reads the same
                assertEquals(all, tightAll);
            }
            checkSingle(body, all);
        });
    }

    /** decodeAll: a list without nulls, or a DecodeException that says why. */
    private static List<Envelope> decodeOrRefuse(CwmpDecoder decoder, byte[] body) {
        try {
            List<Envelope> all = decoder.decodeAll(body);
            all.forEach(e -> assertNotNull(e.body()));
            return all;
        } catch (DecodeException e) {
            assertNotNull(e.reason());
            assertNotNull(e.getMessage());
            e.faultCode().ifPresent(code -> assertEquals(9003, code));
            return null;
        }
    }

    /** decode (one envelope) agrees with decodeAll. */
    private void checkSingle(byte[] body, List<Envelope> all) {
        try {
            Envelope one = defaults.decode(body);
            assertTrue(all != null && all.size() == 1, "decode accepted what decodeAll did not accept as one envelope");
            assertEquals(all.get(0), one);
        } catch (DecodeException e) {
            if (all != null) {
                assertTrue(all.size() != 1, "decode refused a body decodeAll read as one envelope: " + e);
                assertEquals(all.isEmpty() ? DecodeException.Reason.EMPTY : DecodeException.Reason.NOT_AN_ENVELOPE,
                        e.reason());
            }
        }
    }
}
