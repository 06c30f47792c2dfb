package org.homegw.cwmp.client.internal.schedule;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The TR-069 session retry wait: for the n-th consecutive failed session a random time in
 * [m·r^(n-1), m·r^n] seconds with m = CWMPRetryMinimumWaitInterval and r =
 * CWMPRetryIntervalMultiplier/1000; from the 10th retry on the range stays that of the 10th
 * (digest (f); the cap at 10 is MEM there, we chose to follow it).
 */
public final class RetryPolicy {

    public static final long DEFAULT_MIN_WAIT_SECONDS = 5;
    public static final long DEFAULT_MULTIPLIER = 2000;
    private static final int CAP = 10;

    private final RandomGenerator random;

    public RetryPolicy(RandomGenerator random) {
        this.random = random;
    }

    /**
     * @param retryCount number of consecutive failed sessions so far (≥ 1)
     * @param minWaitSeconds CWMPRetryMinimumWaitInterval; values outside 1..65535 are clamped
     * @param multiplier CWMPRetryIntervalMultiplier in 1/1000; values outside 1000..65535 are clamped
     */
    public Duration delay(int retryCount, long minWaitSeconds, long multiplier) {
        if (retryCount < 1) {
            throw new IllegalArgumentException("retryCount must be >= 1: " + retryCount);
        }
        double[] range = range(retryCount, minWaitSeconds, multiplier);
        double seconds = range[0] + random.nextDouble() * (range[1] - range[0]);
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** The [low, high] range in seconds for the given retry. */
    public static double[] range(int retryCount, long minWaitSeconds, long multiplier) {
        double m = Math.max(1, Math.min(65535, minWaitSeconds));
        double r = Math.max(1000, Math.min(65535, multiplier)) / 1000.0;
        int n = Math.min(retryCount, CAP);
        double low = m * Math.pow(r, n - 1);
        return new double[] {low, low * r};
    }
}
