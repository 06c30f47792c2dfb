package org.homegw.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.homegw.cwmp.connreq.internal.Credentials;
import org.homegw.cwmp.connreq.internal.RateLimiter;
import org.homegw.cwmp.connreq.internal.SessionTrigger;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequest;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestReceiver;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestValidator;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.homegw.testkit.SettableClock;

/**
 * The UDP Connection Request parser and receiver on arbitrary datagrams: a datagram is either a
 * request (ts, id, un, cn, sig within their syntax) or dropped as malformed; nothing throws, within
 * 100 ms and a bounded allocation. For every datagram that parses, the harness also sends a copy
 * re-encoded with the provisioned username and a correct signature, so the validator's duplicate,
 * replay, clock-skew and rate-limit paths run on the timestamps and ids the fuzzer picks; the
 * timestamps handed out for persisting only ever increase.
 */
class UdpConnectionRequestFuzzTest {

    static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

    private final SettableClock clock = new SettableClock(NOW);
    private final Credentials credentials = new Credentials("acs", "secret");
    private final AtomicInteger sessions = new AtomicInteger();
    /** The last ts the receiver asked to persist; each must be higher than the one before. */
    private long persistedTimestamp = -1;
    private final UdpConnectionRequestReceiver receiver = new UdpConnectionRequestReceiver(
            new UdpConnectionRequestValidator(clock, Duration.ofMinutes(5)), () -> credentials,
            new SessionTrigger(new RateLimiter(5, Duration.ofSeconds(10), clock), events -> sessions.incrementAndGet()),
            ts -> {
                assertTrue(ts > persistedTimestamp, "persisted ts went from " + persistedTimestamp + " to " + ts);
                persistedTimestamp = ts;
            });

    @DictionaryFile(resourcePath = "/dict/udp.dict")
    @FuzzTest
    void datagram_is_a_request_or_dropped(byte[] datagram) throws Exception {
        clock.advance(Duration.ofSeconds(1));
        InputBudget.check("UDP Connection Request", datagram.length, () -> {
            Optional<UdpConnectionRequest> parsed = UdpConnectionRequest.parse(datagram, datagram.length);
            parsed.ifPresent(UdpConnectionRequestFuzzTest::checkFields);
            checkReceive(datagram, parsed);
            if (parsed.isPresent()) {
                byte[] signed = signedCopy(parsed.get());
                Optional<UdpConnectionRequest> again = UdpConnectionRequest.parse(signed, signed.length);
                assertTrue(again.isPresent(), "re-encoded request does not parse: "
                        + new String(signed, StandardCharsets.ISO_8859_1));
                assertEquals(parsed.get().timestamp(), again.get().timestamp());
                assertEquals(parsed.get().messageId(), again.get().messageId());
                assertEquals(parsed.get().cnonce(), again.get().cnonce());
                checkReceive(signed, again);
            }
        });
    }

    private static void checkFields(UdpConnectionRequest r) {
        assertTrue(r.timestamp() >= 0 && r.messageId() >= 0 && r.messageId() <= 0xFFFF_FFFFL);
        assertNotNull(r.username());
        assertNotNull(r.cnonce());
        assertTrue(r.signature().matches("[0-9a-f]{40}"), r.signature());
    }

    /** receive() starts a session only for a well-formed, correctly signed request, and counts every drop. */
    private void checkReceive(byte[] datagram, Optional<UdpConnectionRequest> parsed) {
        long malformed = receiver.droppedCount(UdpConnectionRequestValidator.Drop.MALFORMED);
        int before = sessions.get();
        boolean started = receiver.receive(datagram, datagram.length, "192.0.2.1:7547");
        assertEquals(before + (started ? 1 : 0), sessions.get());
        assertEquals(malformed + (parsed.isPresent() ? 0 : 1),
                receiver.droppedCount(UdpConnectionRequestValidator.Drop.MALFORMED));
        if (started) {
            UdpConnectionRequest r = parsed.orElseThrow();
            assertEquals(credentials.username(), r.username(), "session for another username");
            assertEquals(UdpConnectionRequestValidator.sign(credentials.password(), r.signedText()), r.signature(),
                    "session without the right signature");
        }
    }

    private byte[] signedCopy(UdpConnectionRequest r) {
        String text = Long.toString(r.timestamp()) + r.messageId() + credentials.username() + r.cnonce();
        String sig = UdpConnectionRequestValidator.sign(credentials.password(), text);
        String uri = "http://192.0.2.1:7547?ts=" + r.timestamp() + "&id=" + r.messageId() + "&un="
                + URLEncoder.encode(credentials.username(), StandardCharsets.UTF_8) + "&cn="
                + URLEncoder.encode(r.cnonce(), StandardCharsets.UTF_8) + "&sig=" + sig;
        return ("GET " + uri + " HTTP/1.1\r\nHost: 192.0.2.1:7547\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
