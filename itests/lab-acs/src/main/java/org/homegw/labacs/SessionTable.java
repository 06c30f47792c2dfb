package org.homegw.labacs;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DeviceIdStruct;

/**
 * The open sessions, by session cookie, and how they end: by the ACS's 204, by a new Inform of the
 * same device, or by silence longer than the session timeout (TR-069 §3.7.1.4 allows ≥ 30 s).
 * Ending a session fails the requests it sent that were never answered. Thread-safe.
 *
 * <p>A session the ACS ended with a 204 stays findable by its cookie for the session timeout: a CPE
 * that still has requests of its own (held back by HoldRequests, or beyond MaxEnvelopes) goes on
 * POSTing after the ACS's empty answer (TR-069 §3.7.1.4), and that POST resumes the session.
 */
final class SessionTable {

    private final Map<String, AcsSession> byCookie = new HashMap<>();
    /** Sessions ended by the ACS's 204, by cookie, until the CPE may no longer resume them. */
    private final Map<String, AcsSession> ended = new HashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration timeout;
    private final AcsLog log;

    SessionTable(Clock clock, Duration timeout, AcsLog log) {
        this.clock = clock;
        this.timeout = timeout;
        this.log = log;
    }

    /** Opens a session for a device, ending any session it still had open. */
    AcsSession start(DeviceIdStruct device, CwmpVersion version, boolean useHeader, String remoteHost) {
        List<AcsSession> replaced = new ArrayList<>();
        AcsSession s;
        synchronized (byCookie) {
            for (AcsSession old : byCookie.values()) {
                if (old.device.equals(device)) {
                    replaced.add(old);
                }
            }
            ended.values().removeIf(old -> old.device.equals(device));
            s = new AcsSession(token(), token(), device, version, useHeader, remoteHost, clock.instant());
            byCookie.put(s.id, s);
        }
        replaced.forEach(old -> end(old, "replaced by a new Inform"));
        return s;
    }

    /** The open session with this cookie value (resuming one the ACS's 204 ended), or null. */
    AcsSession find(String cookie) {
        if (cookie == null) {
            return null;
        }
        synchronized (byCookie) {
            AcsSession open = byCookie.get(cookie);
            if (open != null) {
                return open;
            }
            AcsSession resumed = ended.remove(cookie);
            if (resumed != null) {
                synchronized (resumed) {
                    resumed.ended = false;
                }
                byCookie.put(cookie, resumed);
            }
            return resumed;
        }
    }

    /** The only open session from this host, for a CPE that did not return the cookie; null if none or several. */
    AcsSession findByHost(String host) {
        AcsSession found = null;
        synchronized (byCookie) {
            for (AcsSession s : byCookie.values()) {
                if (s.remoteHost.equals(host)) {
                    if (found != null) {
                        return null;
                    }
                    found = s;
                }
            }
        }
        return found;
    }

    /** Ends a session (once), failing its unanswered requests. */
    void end(AcsSession s, String reason) {
        end(s, reason, false);
    }

    /** The ACS answered with an empty 204: the session ends, but the CPE may still resume it. */
    void endResumable(AcsSession s, String reason) {
        end(s, reason, true);
    }

    private void end(AcsSession s, String reason, boolean resumable) {
        synchronized (byCookie) {
            byCookie.remove(s.id, s);
            if (resumable) {
                ended.put(s.id, s);
            }
        }
        List<PendingRpc> unanswered;
        synchronized (s) {
            if (s.ended) {
                return;
            }
            s.ended = true;
            unanswered = new ArrayList<>(s.outstanding.values());
            s.outstanding.clear();
        }
        for (PendingRpc p : unanswered) {
            String why = "no answer before the session ended (" + reason + ")";
            log.append((seq, t) -> new LogEntry.RpcFailed(seq, t, s.device, s.id, p.id(), p.request(), why));
            p.outcome().complete(new RpcOutcome(p.request(), null, why));
        }
        log.append((seq, t) -> new LogEntry.SessionEnded(seq, t, s.device, s.id, reason));
    }

    /** Ends every session silent for longer than the timeout. */
    void expire() {
        Instant limit = clock.instant().minus(timeout);
        List<AcsSession> stale = new ArrayList<>();
        synchronized (byCookie) {
            for (AcsSession s : byCookie.values()) {
                if (s.lastPost.isBefore(limit)) {
                    stale.add(s);
                }
            }
        }
        stale.forEach(s -> end(s, "timeout: no POST for " + timeout.toSeconds() + " s"));
        synchronized (byCookie) {
            ended.values().removeIf(s -> s.lastPost.isBefore(limit));
        }
    }

    /** Ends every open session (the ACS is closing). */
    void endAll(String reason) {
        List<AcsSession> open;
        synchronized (byCookie) {
            open = new ArrayList<>(byCookie.values());
        }
        open.forEach(s -> end(s, reason));
    }

    private String token() {
        byte[] b = new byte[18];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
