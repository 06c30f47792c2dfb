package org.homegw.testkit;

import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.Test;

public class SettableClockTest {

    @Test
    public void stands_still_until_moved() {
        SettableClock clock = new SettableClock();
        assertEquals(SettableClock.DEFAULT_START, clock.instant());
        assertEquals(SettableClock.DEFAULT_START, clock.instant());
        clock.advance(Duration.ofSeconds(90));
        assertEquals(SettableClock.DEFAULT_START.plusSeconds(90), clock.instant());
        assertEquals(SettableClock.DEFAULT_START.plusSeconds(90).toEpochMilli(), clock.millis());
    }

    @Test
    public void can_be_set_and_moved_back() {
        SettableClock clock = new SettableClock(Instant.EPOCH);
        clock.set(Instant.parse("2030-05-01T12:00:00Z"));
        clock.advance(Duration.ofHours(-1));
        assertEquals(Instant.parse("2030-05-01T11:00:00Z"), clock.instant());
    }

    @Test
    public void a_view_in_another_zone_moves_with_the_clock() {
        SettableClock clock = new SettableClock();
        ZoneId paris = ZoneId.of("Europe/Paris");
        Clock view = clock.withZone(paris);
        assertEquals(paris, view.getZone());
        assertEquals(ZoneOffset.UTC, clock.getZone());
        clock.advance(Duration.ofMinutes(5));
        assertEquals(clock.instant(), view.instant());
        assertEquals(clock, clock.withZone(ZoneOffset.UTC));
    }
}
