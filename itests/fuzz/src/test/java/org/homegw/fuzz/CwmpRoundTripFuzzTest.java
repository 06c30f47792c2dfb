package org.homegw.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.CwmpEncoder;
import org.homegw.cwmp.codec.DecodeException;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever the decoder reads, the encoder can write, and what it writes reads back stably:
 * arbitrary bodies are decoded, every envelope is encoded in CWMP 1.4 (which defines every message)
 * and decoded, twice. The first trip may normalise (a value without {@code xsi:type} comes back as
 * {@code string}); the second must change nothing, and encoding must never fail.
 */
class CwmpRoundTripFuzzTest {

    private final CwmpDecoder decoder = new CwmpDecoder();
    private final CwmpEncoder encoder = new CwmpEncoder();

    private Envelope trip(Envelope e) throws DecodeException {
        return decoder.decode(encoder.encode(new Envelope(CwmpVersion.V1_4, e.header(), e.body())));
    }

    @DictionaryFile(resourcePath = "/dict/cwmp.dict")
    @FuzzTest
    void decoded_envelopes_survive_encode_and_decode(byte[] body) throws Exception {
        InputBudget.check("round trip", body.length, () -> {
            List<Envelope> all;
            try {
                all = decoder.decodeAll(body);
            } catch (DecodeException refused) {
                return;
            }
            for (Envelope e : all) {
                Envelope once = trip(e);
                Envelope twice = trip(once);
                assertEquals(once.header(), twice.header(), "header");
                assertEquals(once.body(), twice.body(), "body");
            }
        });
    }
}
