package org.homegw.cwmp.connreq.internal.udp;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.homegw.cwmp.connreq.internal.Credentials;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestValidator.Drop;
import org.homegw.testkit.SettableClock;
import org.junit.Test;

public class UdpConnectionRequestValidatorTest {

    private final SettableClock clock = new SettableClock(Instant.ofEpochSecond(1_700_000_000L));
    private final UdpConnectionRequestValidator validator =
            new UdpConnectionRequestValidator(clock, Duration.ofMinutes(60));
    private final Credentials creds = new Credentials("acs", "pw");

    static UdpConnectionRequest signed(long ts, long id, String un, String cn, String password) {
        String sig = UdpConnectionRequestValidator.sign(password, Long.toString(ts) + id + un + cn);
        return new UdpConnectionRequest(ts, id, un, cn, sig);
    }

    @Test
    public void signature_is_lower_case_hex_hmac_sha1_of_ts_id_un_cn() {
        // RFC 2202 test case 2: HMAC-SHA1(key "Jefe", "what do ya want for nothing?")
        assertEquals("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
                UdpConnectionRequestValidator.sign("Jefe", "what do ya want for nothing?"));
    }

    @Test
    public void accepts_a_correctly_signed_request() {
        assertEquals(Optional.empty(), validator.check(signed(1_700_000_000L, 1, "acs", "c", "pw"), creds));
    }

    @Test
    public void drops_wrong_username_and_bad_signature() {
        assertEquals(Optional.of(Drop.WRONG_USERNAME),
                validator.check(signed(1_700_000_000L, 1, "eve", "c", "pw"), creds));
        assertEquals(Optional.of(Drop.BAD_SIGNATURE),
                validator.check(signed(1_700_000_000L, 1, "acs", "c", "guess"), creds));
        UdpConnectionRequest r = signed(1_700_000_000L, 1, "acs", "c", "pw");
        UdpConnectionRequest tampered = new UdpConnectionRequest(r.timestamp(), 2, "acs", "c", r.signature());
        assertEquals(Optional.of(Drop.BAD_SIGNATURE), validator.check(tampered, creds));
    }

    @Test
    public void drops_copies_of_an_accepted_id_and_older_timestamps() {
        UdpConnectionRequest first = signed(1_700_000_010L, 7, "acs", "c", "pw");
        validator.accepted(first);
        assertEquals(Optional.of(Drop.DUPLICATE_ID), validator.check(first, creds));
        assertEquals(Optional.of(Drop.REPLAYED_TIMESTAMP),
                validator.check(signed(1_700_000_009L, 8, "acs", "c", "pw"), creds));
        assertEquals("same second, new id", Optional.empty(),
                validator.check(signed(1_700_000_010L, 8, "acs", "c", "pw"), creds));
    }

    @Test
    public void drops_timestamps_too_far_from_the_clock_unless_the_check_is_off() {
        UdpConnectionRequest old = signed(1_700_000_000L - 7200, 1, "acs", "c", "pw");
        assertEquals(Optional.of(Drop.CLOCK_SKEW), validator.check(old, creds));
        UdpConnectionRequest future = signed(1_700_000_000L + 7200, 2, "acs", "c", "pw");
        assertEquals(Optional.of(Drop.CLOCK_SKEW), validator.check(future, creds));
        UdpConnectionRequestValidator lenient = new UdpConnectionRequestValidator(clock, Duration.ZERO);
        assertEquals(Optional.empty(), lenient.check(old, creds));
    }

    @Test
    public void drops_everything_while_the_password_is_empty() {
        assertEquals(Optional.of(Drop.NOT_PROVISIONED),
                validator.check(signed(1_700_000_000L, 1, "acs", "c", "x"), new Credentials("acs", "")));
    }
}
