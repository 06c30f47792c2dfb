package org.homegw.cwmp.connreq.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.api.SessionRequests;

/**
 * Where every authenticated Connection Request (HTTP or UDP) ends: one shared rate limit, then one
 * call to {@link SessionRequests#requestSession} per admitted request. Coalescing several requests
 * into one session is the CWMP client's job.
 */
public final class SessionTrigger {

    private static final System.Logger LOG = System.getLogger(SessionTrigger.class.getName());

    private final RateLimiter limiter;
    private final SessionRequests sessions;
    private final AtomicLong admitted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public SessionTrigger(RateLimiter limiter, SessionRequests sessions) {
        this.limiter = limiter;
        this.sessions = sessions;
    }

    /** Takes one unit of the rate budget; false means the request must be refused (HTTP 503). */
    public boolean admit() {
        if (limiter.tryAcquire()) {
            admitted.incrementAndGet();
            return true;
        }
        refused.incrementAndGet();
        return false;
    }

    /** Asks the CWMP client for a session with "6 CONNECTION REQUEST"; call once per admitted request. */
    public void startSession() {
        try {
            sessions.requestSession(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "CWMP client refused the Connection Request session", e);
        }
    }

    public long admittedCount() {
        return admitted.get();
    }

    public long rateLimitedCount() {
        return refused.get();
    }
}
