package org.homegw.cwmp.client.internal.agent;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.homegw.cwmp.client.internal.schedule.RetryPolicy;
import org.homegw.cwmp.client.internal.session.VersionNegotiation;
import org.homegw.cwmp.message.CwmpVersion;

/**
 * Where the agent stands after its last session: failed sessions in a row (the Inform's
 * RetryCount), when the next may start (the retry table of {@link RetryPolicy}, an ACS's
 * Retry-After, or a wait for deferred requests), and the CWMP version to offer. Confined to the
 * agent's scheduler thread.
 */
final class RetryState {

    private static final System.Logger LOG = System.getLogger(RetryState.class.getName());

    private final RetryPolicy policy;
    private final Clock clock;
    private CwmpVersion offer = CwmpVersion.V1_4;
    private int count;
    private Instant at;
    private boolean acsOrder;

    RetryState(RetryPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    CwmpVersion offer() {
        return offer;
    }

    int count() {
        return count;
    }

    /** Another ACS: a fresh start at the newest version, no wait. */
    void newAcs() {
        offer = CwmpVersion.V1_4;
        at = null;
        count = 0;
    }

    /**
     * The earliest start of the next session: {@code now}, or the wait still running. A wait of our
     * own choosing is cut short by new events, an ACS's Retry-After is not.
     */
    Instant notBefore(Instant now, boolean newEvents) {
        return at != null && (acsOrder || !newEvents) ? at : now;
    }

    void succeeded(CwmpVersion spoken, boolean deferredRequests, ManagementServerSettings s) {
        count = 0;
        at = null;
        acsOrder = false;
        if (!spoken.atLeast(CwmpVersion.V1_2)) {
            offer = spoken; // an ACS on an old namespace: start there next time
        }
        if (deferredRequests) {
            at = clock.instant().plus(policy.delay(1, s.retryMinimumWaitInterval(), s.retryIntervalMultiplier()));
        }
    }

    /** The ACS refused our version: answers whether a lower one is left to try at once. */
    boolean lowerVersion() {
        Optional<CwmpVersion> lower = VersionNegotiation.lower(offer);
        if (lower.isEmpty()) {
            return false;
        }
        LOG.log(Level.INFO, "retrying at once with CWMP {0}", lower.get().label());
        offer = lower.get();
        at = null;
        return true;
    }

    void failed(Optional<Duration> retryAfter, ManagementServerSettings s) {
        count++;
        Duration wait = retryAfter.orElseGet(() ->
                policy.delay(count, s.retryMinimumWaitInterval(), s.retryIntervalMultiplier()));
        at = clock.instant().plus(wait);
        acsOrder = retryAfter.isPresent();
        LOG.log(Level.INFO, "session retry {0} in {1} s", count, wait.toMillis() / 1000.0);
    }
}
