package org.homegw.cwmp.connreq.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.homegw.testkit.SettableClock;
import org.junit.Test;

public class RateLimiterTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    public void admits_the_budget_then_refuses_until_the_window_slides() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(30), clock);
        assertTrue(limiter.tryAcquire());
        clock.advance(Duration.ofSeconds(10));
        assertTrue(limiter.tryAcquire());
        assertFalse(limiter.tryAcquire());
        clock.advance(Duration.ofSeconds(19));
        assertFalse("first admission still inside the window", limiter.tryAcquire());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limiter.tryAcquire());
        assertFalse(limiter.tryAcquire());
    }

    @Test
    public void never_admits_more_than_the_budget_in_any_window() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(10), clock);
        int[] perSecond = new int[100];
        for (int s = 0; s < 100; s++) {
            for (int i = 0; i < 50; i++) {
                if (limiter.tryAcquire()) {
                    perSecond[s]++;
                }
            }
            clock.advance(Duration.ofSeconds(1));
        }
        for (int start = 0; start + 10 <= 100; start++) {
            int sum = 0;
            for (int s = start; s < start + 10; s++) {
                sum += perSecond[s];
            }
            assertTrue("window at " + start + " admitted " + sum, sum <= 3);
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void refuses_a_zero_budget() {
        new RateLimiter(0, Duration.ofSeconds(1), clock);
    }
}
