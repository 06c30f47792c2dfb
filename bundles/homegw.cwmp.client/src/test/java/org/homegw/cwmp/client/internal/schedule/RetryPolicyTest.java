package org.homegw.cwmp.client.internal.schedule;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.Test;

public class RetryPolicyTest {

    @Test
    public void default_table_doubles_and_stays_from_the_tenth_retry() {
        long[][] expected = {{5, 10}, {10, 20}, {20, 40}, {40, 80}, {80, 160}, {160, 320}, {320, 640},
            {640, 1280}, {1280, 2560}, {2560, 5120}, {2560, 5120}, {2560, 5120}};
        for (int n = 1; n <= expected.length; n++) {
            double[] r = RetryPolicy.range(n, 5, 2000);
            assertEquals("low of retry " + n, expected[n - 1][0], r[0], 1e-9);
            assertEquals("high of retry " + n, expected[n - 1][1], r[1], 1e-9);
        }
    }

    @Test
    public void delays_are_random_within_the_range() {
        RetryPolicy policy = new RetryPolicy(new SplittableRandom(42));
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < 2000; i++) {
            long ms = policy.delay(3, 5, 2000).toMillis();
            assertTrue(ms >= 20_000 && ms <= 40_000);
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
        assertTrue("spread over the range, not a constant", max - min > 15_000);
    }

    @Test
    public void custom_interval_and_multiplier_are_used() {
        double[] r = RetryPolicy.range(2, 30, 1500);
        assertEquals(45, r[0], 1e-9);
        assertEquals(67.5, r[1], 1e-9);
    }

    @Test
    public void out_of_range_settings_are_clamped() {
        double[] r = RetryPolicy.range(1, 0, 10);
        assertEquals(1, r[0], 1e-9);
        assertEquals(1, r[1], 1e-9);
        assertEquals(Duration.ofSeconds(1), new RetryPolicy(new SplittableRandom(1)).delay(1, 0, 10));
    }
}
