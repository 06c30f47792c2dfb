package org.homegw.cwmp.connreq.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * A sliding-window budget: at most {@code budget} admissions in any window of the given length.
 * Keeps one timestamp per admission in the window, so memory is bounded by the budget.
 */
public final class RateLimiter {

    /** The largest budget accepted; bounds the memory of the timestamp log. */
    public static final int MAX_BUDGET = 10_000;

    private final int budget;
    private final Duration window;
    private final Clock clock;
    private final ArrayDeque<Instant> admitted = new ArrayDeque<>();

    public RateLimiter(int budget, Duration window, Clock clock) {
        if (budget < 1 || budget > MAX_BUDGET) {
            throw new IllegalArgumentException("budget must be 1.." + MAX_BUDGET + ": " + budget);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        this.budget = budget;
        this.window = window;
        this.clock = clock;
    }

    /** Takes one unit of the budget if any is left in the current window. */
    public synchronized boolean tryAcquire() {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        while (!admitted.isEmpty() && !admitted.peekFirst().isAfter(windowStart)) {
            admitted.pollFirst();
        }
        if (admitted.size() >= budget) {
            return false;
        }
        admitted.addLast(now);
        return true;
    }
}
