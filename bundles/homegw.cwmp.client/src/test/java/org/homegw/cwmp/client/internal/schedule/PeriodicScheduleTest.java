package org.homegw.cwmp.client.internal.schedule;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.Test;

public class PeriodicScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:17:00Z");

    @Test
    public void aligns_to_a_reference_in_the_past() {
        Instant ref = Instant.parse("2020-01-01T00:00:00Z");
        assertEquals(Instant.parse("2026-11-27T11:00:00Z"),
                PeriodicSchedule.next(Duration.ofHours(1), ref, NOW, NOW));
    }

    @Test
    public void aligns_to_a_reference_in_the_future() {
        Instant ref = Instant.parse("2030-01-01T00:05:00Z");
        assertEquals(Instant.parse("2026-11-27T10:20:00Z"),
                PeriodicSchedule.next(Duration.ofMinutes(15), ref, NOW, NOW));
    }

    @Test
    public void next_is_strictly_after_now_when_now_is_on_the_grid() {
        Instant ref = Instant.parse("2026-11-27T10:00:00Z");
        assertEquals(Instant.parse("2026-11-27T10:18:00Z"),
                PeriodicSchedule.next(Duration.ofMinutes(1), ref, NOW, NOW));
    }

    @Test
    public void unknown_time_counts_one_interval_from_since() {
        Instant since = NOW.minusSeconds(100);
        assertEquals(since.plusSeconds(300),
                PeriodicSchedule.next(Duration.ofSeconds(300), PeriodicSchedule.UNKNOWN_TIME, NOW, since));
    }

    @Test
    public void unknown_time_skips_missed_periods() {
        Instant since = NOW.minusSeconds(1000);
        assertEquals(since.plusSeconds(1200),
                PeriodicSchedule.next(Duration.ofSeconds(300), PeriodicSchedule.UNKNOWN_TIME, NOW, since));
    }
}
