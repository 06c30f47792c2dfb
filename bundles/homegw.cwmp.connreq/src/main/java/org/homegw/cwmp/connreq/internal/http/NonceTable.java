package org.homegw.cwmp.connreq.internal.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The digest nonces we issued, each with its expiry and the highest nonce count seen. Bounded: when
 * full, the oldest nonce is forgotten (its holder then gets stale=true and simply retries), so a
 * flood of challenges cannot grow memory.
 */
final class NonceTable {

    /** What a presented nonce and nonce count amount to. */
    enum Use {
        FRESH,
        /** Unknown (never issued, forgotten) or expired: the client should retry with a new nonce. */
        STALE,
        /** Nonce count not above the last one accepted for this nonce. */
        REPLAYED
    }

    private static final class Entry {
        final Instant expires;
        long lastCount;

        Entry(Instant expires) {
            this.expires = expires;
        }
    }

    private final int capacity;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random;
    private final LinkedHashMap<String, Entry> nonces = new LinkedHashMap<>();

    NonceTable(int capacity, Duration lifetime, Clock clock, SecureRandom random) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.lifetime = lifetime;
        this.clock = clock;
        this.random = random;
    }

    synchronized String issue() {
        Instant now = clock.instant();
        purgeExpired(now);
        if (nonces.size() >= capacity) {
            Iterator<?> oldest = nonces.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        nonces.put(nonce, new Entry(now.plus(lifetime)));
        return nonce;
    }

    /** Records a use of the nonce with this count; call only after the digest response was verified. */
    synchronized Use use(String nonce, long count) {
        Entry e = nonces.get(nonce);
        if (e == null) {
            return Use.STALE;
        }
        if (!clock.instant().isBefore(e.expires)) {
            nonces.remove(nonce);
            return Use.STALE;
        }
        if (count <= e.lastCount) {
            return Use.REPLAYED;
        }
        e.lastCount = count;
        return Use.FRESH;
    }

    synchronized int size() {
        return nonces.size();
    }

    private void purgeExpired(Instant now) {
        // entries are in issue order and share one lifetime, so expired ones are at the head
        Iterator<Map.Entry<String, Entry>> it = nonces.entrySet().iterator();
        while (it.hasNext() && !now.isBefore(it.next().getValue().expires)) {
            it.remove();
        }
    }
}
