package org.homegw.adapter.stb.internal.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Random;

import org.homegw.adapter.stb.spi.MainStreamStats;
import org.homegw.adapter.stb.spi.StbDriver.StbSettings;
import org.homegw.testkit.SettableClock;
import org.junit.Test;

/** The simulated box's stream counters: they grow with playing time only and agree with one another. */
public class SimulatedStreamTest {

    private final SettableClock clock = new SettableClock();
    private final SimulatedStb box = new SimulatedStb(clock, new Random(3), 0.5);

    private static void assertConsistent(MainStreamStats s) {
        assertEquals(s.rtpExpected(), s.rtpReceived() + s.rtpLost());
        assertEquals(7 * s.rtpReceived(), s.tsPacketsReceived());
        assertTrue(s.lossEvents() <= s.rtpLost());
        assertTrue(s.lossEvents() * 5 >= s.rtpLost());
        assertEquals(s.lossEvents(), s.tsDiscontinuities());
    }

    @Test
    public void counters_grow_with_playing_time_and_stay_consistent() {
        box.apply(new StbSettings(true, true, true, true, ""));
        clock.advance(Duration.ofSeconds(600));
        MainStreamStats a = box.mainStreamStats();
        assertEquals(600, a.seconds());
        assertEquals(600L * SimulatedStream.PACKETS_PER_SECOND, a.rtpExpected());
        assertConsistent(a);
        assertTrue("about 2 % of the seconds have a loss: " + a.lossEvents(), a.lossEvents() > 0 && a.lossEvents() < 40);
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMillis(1500));
            box.tick();
            MainStreamStats b = box.mainStreamStats();
            assertConsistent(b);
            assertTrue(b.rtpExpected() >= a.rtpExpected() && b.rtpLost() >= a.rtpLost());
            a = b;
        }
        assertEquals(615L * SimulatedStream.PACKETS_PER_SECOND, a.rtpExpected());
    }

    @Test
    public void nothing_is_counted_while_stopped_and_a_reset_starts_from_zero() {
        box.apply(new StbSettings(true, true, true, true, ""));
        clock.advance(Duration.ofSeconds(10));
        box.apply(new StbSettings(false, true, true, true, ""));
        clock.advance(Duration.ofSeconds(100));
        MainStreamStats s = box.mainStreamStats();
        assertEquals(110, s.seconds());
        assertEquals(10L * SimulatedStream.PACKETS_PER_SECOND, s.rtpExpected());
        box.resetMainStreamStats();
        MainStreamStats zero = box.mainStreamStats();
        assertEquals(new MainStreamStats(0, 0, 0, 0, 0, 0, 0, 0), zero);
    }

    @Test
    public void a_long_gap_between_readings_is_counted_in_full() {
        box.apply(new StbSettings(true, true, true, true, ""));
        clock.advance(Duration.ofDays(2));
        MainStreamStats s = box.mainStreamStats();
        assertEquals(2L * 86400 * SimulatedStream.PACKETS_PER_SECOND, s.rtpExpected());
        assertConsistent(s);
    }
}
