package org.homegw.cwmp.client.internal.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * When the next "2 PERIODIC" Inform is due. With a known PeriodicInformTime the Informs are
 * phase-aligned to it (reference + k·interval, before or after the reference); with the Unknown
 * Time (0001-01-01T00:00:00Z) the CPE picks the phase: one interval after {@code since}.
 */
public final class PeriodicSchedule {

    /** TR-106 "Unknown Time". */
    public static final Instant UNKNOWN_TIME = Instant.parse("0001-01-01T00:00:00Z");

    private PeriodicSchedule() {
    }

    /**
     * @param interval PeriodicInformInterval (≥ 1 s)
     * @param reference PeriodicInformTime, or {@link #UNKNOWN_TIME}
     * @param now the current time
     * @param since when the CPE started counting (agent start or last periodic Inform), used only
     *              without a reference
     * @return the first due time strictly after {@code now}
     */
    public static Instant next(Duration interval, Instant reference, Instant now, Instant since) {
        long step = Math.max(1000, interval.toMillis());
        if (reference.equals(UNKNOWN_TIME) || reference.isBefore(Instant.EPOCH.minus(Duration.ofDays(365L * 1000)))) {
            Instant candidate = since.plusMillis(step);
            if (candidate.isAfter(now)) {
                return candidate;
            }
            long behind = Duration.between(candidate, now).toMillis() / step + 1;
            return candidate.plusMillis(behind * step);
        }
        long offset = now.toEpochMilli() - reference.toEpochMilli();
        long k = Math.floorDiv(offset, step) + 1;
        return reference.plusMillis(k * step);
    }
}
