package org.homegw.adapter.stb.internal.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.homegw.adapter.stb.spi.MainStreamStats;

/**
 * Counters of a simulated 4 Mbit/s IPTV stream: about 380 RTP packets a second, each carrying 7
 * MPEG-2 TS packets, while playing; a loss event (1 to 5 consecutive packets, a TS discontinuity)
 * in about one second out of fifty, now and then a packet out of order. Time comes from the clock,
 * so the counters grow with playing time only and stay consistent with one another.
 */
final class SimulatedStream {

    static final int PACKETS_PER_SECOND = 380;
    static final int TS_PER_RTP = 7;
    private static final double LOSS_PER_SECOND = 0.02;
    private static final double OUT_OF_SEQUENCE_PER_SECOND = 0.01;
    /** Longer gaps between readings are simulated as this many seconds and scaled (bounded work per reading). */
    private static final long MAX_SIMULATED_SECONDS = 3600;

    private final Clock clock;
    private final Random random;
    private Instant since;
    private Instant accountedTo;
    private long carryMillis;
    private long expected;
    private long lost;
    private long outOfSequence;
    private long lossEvents;

    SimulatedStream(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
        this.since = clock.instant();
        this.accountedTo = since;
    }

    /** Counts the time since the last call as played ({@code playing}) or not. */
    synchronized void account(boolean playing) {
        Instant now = clock.instant();
        long millis = Math.max(0, Duration.between(accountedTo, now).toMillis());
        accountedTo = now;
        if (!playing) {
            carryMillis = 0;
            return;
        }
        long total = carryMillis + millis;
        long seconds = total / 1000;
        carryMillis = total % 1000;
        long simulated = Math.min(seconds, MAX_SIMULATED_SECONDS);
        long eventLosses = 0;
        long events = 0;
        long reordered = 0;
        for (long s = 0; s < simulated; s++) {
            if (random.nextDouble() < LOSS_PER_SECOND) {
                events++;
                eventLosses += 1 + random.nextInt(5);
            }
            if (random.nextDouble() < OUT_OF_SEQUENCE_PER_SECOND) {
                reordered++;
            }
        }
        double scale = simulated == 0 ? 0 : (double) seconds / simulated;
        expected += seconds * PACKETS_PER_SECOND;
        lost += Math.round(eventLosses * scale);
        lossEvents += Math.round(events * scale);
        outOfSequence += Math.round(reordered * scale);
    }

    synchronized MainStreamStats stats() {
        long received = expected - lost;
        long seconds = Duration.between(since, clock.instant()).toSeconds();
        return new MainStreamStats(seconds, expected, received, lost, outOfSequence, lossEvents, received * TS_PER_RTP,
                lossEvents);
    }

    synchronized void reset() {
        since = clock.instant();
        accountedTo = since;
        carryMillis = 0;
        expected = 0;
        lost = 0;
        outOfSequence = 0;
        lossEvents = 0;
    }
}
