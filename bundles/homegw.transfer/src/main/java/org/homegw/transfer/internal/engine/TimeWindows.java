package org.homegw.transfer.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.homegw.transfer.internal.queue.TimeWindow;
import org.homegw.transfer.internal.queue.TransferRecord;

/**
 * When a ScheduleDownload may run: in a usable time window, and after a failed attempt again inside
 * that window as often as its MaxRetries allows, else in the next usable window. Pure decisions on
 * the record and the time; the engine persists and acts on them.
 */
final class TimeWindows {

    /** Retries in a time window whose MaxRetries is -1 ("the CPE decides"). */
    static final int DEFAULT_RETRIES = 3;

    /** What to do with a queued record now. */
    sealed interface Admission {
    }

    /** Start it now. */
    record Start() implements Admission {
    }

    /** Not yet: wait for this later window start. */
    record WaitUntil(Instant at) implements Admission {
    }

    /** No usable window is open or still to come (9020). */
    record Missed() implements Admission {
    }

    private TimeWindows() {
    }

    /** A Download/Upload (no windows) always starts; a ScheduleDownload only inside a usable window. */
    static Admission admit(TransferRecord r, Instant now) {
        if (r.windows().isEmpty() || r.windows().stream().anyMatch(w -> usable(w) && w.contains(now))) {
            return new Start();
        }
        return nextStart(r, now).<Admission>map(WaitUntil::new).orElse(new Missed());
    }

    /**
     * After a failed attempt at {@code now}: the record queued for the next try, or empty when no
     * try is left (then the transfer completes with the failure). A retry inside the current window
     * keeps its attempt count; the next window counts afresh.
     */
    static Optional<TransferRecord> retry(TransferRecord r, Instant now, Duration delay) {
        if (r.windows().isEmpty() || !r.isDownload()) {
            return Optional.empty();
        }
        Instant at = now.plus(delay);
        Optional<TimeWindow> current = r.windows().stream().filter(w -> w.contains(now)).findFirst();
        if (current.isPresent() && usable(current.get()) && current.get().contains(at)) {
            int maxRetries = current.get().maxRetries() < 0 ? DEFAULT_RETRIES : current.get().maxRetries();
            // attempts counts the failed one: 1 + MaxRetries attempts in all
            if (r.attempts() <= maxRetries) {
                return Optional.of(r.retryAt(at, r.attempts()));
            }
        }
        return nextStart(r, now).map(start -> r.retryAt(start, 0));
    }

    /**
     * Window modes: "1 At Any Time", "2 Immediately" and "3 When Idle" are usable (a gateway without
     * a user-activity signal counts as idle); "4 Confirmation Needed" and vendor modes are not,
     * since there is no user to confirm.
     */
    static boolean usable(TimeWindow w) {
        return w.mode().equals("1 At Any Time") || w.mode().equals("2 Immediately") || w.mode().equals("3 When Idle");
    }

    private static Optional<Instant> nextStart(TransferRecord r, Instant now) {
        return r.windows().stream().filter(w -> usable(w) && w.start().isAfter(now)).map(TimeWindow::start)
                .min(Comparator.naturalOrder());
    }
}
