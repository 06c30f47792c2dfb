package org.homegw.cwmp.connreq.internal.udp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.homegw.cwmp.connreq.internal.Credentials;

/**
 * The checks on a parsed UDP Connection Request (TR-111 Part 2; the exact list is MEM in our digest):
 * username, HMAC-SHA1 signature keyed with ConnectionRequestPassword (constant-time), no id accepted
 * before (the ACS retransmits copies with the same id), ts not older than the last accepted one,
 * and, when configured, ts within a skew of our clock. Remembers a bounded number of ids.
 */
public final class UdpConnectionRequestValidator {

    /** Why a request was dropped. */
    public enum Drop {
        MALFORMED,
        NOT_PROVISIONED,
        WRONG_USERNAME,
        BAD_SIGNATURE,
        DUPLICATE_ID,
        REPLAYED_TIMESTAMP,
        CLOCK_SKEW,
        RATE_LIMITED
    }

    private static final int ID_MEMORY = 64;

    private final Clock clock;
    private final Duration maxClockSkew;
    private final LinkedHashSet<Long> acceptedIds = new LinkedHashSet<>();
    private long lastAcceptedTimestamp;

    /** maxClockSkew zero turns the clock check off (for CPEs without reliable time). */
    public UdpConnectionRequestValidator(Clock clock, Duration maxClockSkew) {
        this(clock, maxClockSkew, -1);
    }

    /** lastAcceptedTimestamp: the ts of the last request accepted before a restart, -1 if none. */
    public UdpConnectionRequestValidator(Clock clock, Duration maxClockSkew, long lastAcceptedTimestamp) {
        this.clock = clock;
        this.maxClockSkew = maxClockSkew;
        this.lastAcceptedTimestamp = lastAcceptedTimestamp;
    }

    /** Empty when the request may start a session (subject to the rate limit), else the reason to drop it. */
    public synchronized Optional<Drop> check(UdpConnectionRequest request, Credentials credentials) {
        if (!credentials.isProvisioned()) {
            return Optional.of(Drop.NOT_PROVISIONED);
        }
        boolean userOk = MessageDigest.isEqual(bytes(credentials.username()), bytes(request.username()));
        if (!userOk) {
            return Optional.of(Drop.WRONG_USERNAME);
        }
        String expected = sign(credentials.password(), request.signedText());
        if (!MessageDigest.isEqual(bytes(expected), bytes(request.signature()))) {
            return Optional.of(Drop.BAD_SIGNATURE);
        }
        if (acceptedIds.contains(request.messageId())) {
            return Optional.of(Drop.DUPLICATE_ID);
        }
        if (request.timestamp() < lastAcceptedTimestamp) {
            return Optional.of(Drop.REPLAYED_TIMESTAMP);
        }
        if (!maxClockSkew.isZero()
                && Math.abs(clock.instant().getEpochSecond() - request.timestamp()) > maxClockSkew.getSeconds()) {
            return Optional.of(Drop.CLOCK_SKEW);
        }
        return Optional.empty();
    }

    /**
     * Records a request that passed {@link #check} and the rate limit, so its copies and replays are
     * dropped; answers whether the last accepted ts moved (and so is worth persisting).
     */
    public synchronized boolean accepted(UdpConnectionRequest request) {
        boolean advanced = request.timestamp() > lastAcceptedTimestamp;
        lastAcceptedTimestamp = Math.max(lastAcceptedTimestamp, request.timestamp());
        acceptedIds.add(request.messageId());
        if (acceptedIds.size() > ID_MEMORY) {
            acceptedIds.remove(acceptedIds.iterator().next());
        }
        return advanced;
    }

    /** Lower-case hex HMAC-SHA1 of the text keyed with the password (the GenieACS recipe). */
    public static String sign(String password, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(bytes(password), "HmacSHA1"));
            return HexFormat.of().formatHex(mac.doFinal(bytes(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
