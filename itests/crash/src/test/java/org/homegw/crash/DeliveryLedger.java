package org.homegw.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.homegw.labacs.LogEntry;

/**
 * What the ACS must receive exactly once over a whole run: an event (e.g. "M ScheduleInform" with a
 * CommandKey) or a CPE request (a TransferComplete, a DUStateChangeComplete). Checked against the lab
 * ACS's log at the end.
 *
 * <p>A second delivery is excused only when the first one's session never ended cleanly (the ACS
 * recorded no "204 No Content" end for it before the repeat): the gateway was killed after the ACS
 * took the message and before the gateway could record that it had been taken — TR-069's
 * at-least-once delivery, which no CPE can avoid. A repeat after a clean session end is a violation.
 */
final class DeliveryLedger {

    private static final String CLEAN_END = "204 No Content";

    /** @param required whether the gateway promised it (the ACS got the RPC's response) */
    record Expectation(String label, Predicate<LogEntry> isDelivery, boolean required) {
    }

    private final List<Expectation> expectations = new ArrayList<>();
    /** Known weaknesses seen (reported, not counted as violations). */
    private final List<String> notes = new ArrayList<>();

    void note(String what) {
        notes.add(what);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    void expect(String label, Predicate<LogEntry> isDelivery, boolean required) {
        expectations.add(new Expectation(label, isDelivery, required));
    }

    int size() {
        return expectations.size();
    }

    /** Violations found in {@code log} (one device's, oldest first). */
    List<String> check(List<LogEntry> log) {
        List<String> violations = new ArrayList<>();
        for (Expectation x : expectations) {
            List<LogEntry> got = log.stream().filter(x.isDelivery()).toList();
            if (got.isEmpty() && x.required()) {
                violations.add(x.label() + ": never delivered although promised");
            }
            for (int i = 1; i < got.size(); i++) {
                LogEntry first = got.get(i - 1);
                LogEntry again = got.get(i);
                if (endedCleanlyBefore(log, sessionOf(first), again.seq())) {
                    violations.add(x.label() + ": delivered again (log entry " + again.seq()
                            + ") after its session " + sessionOf(first) + " had ended cleanly");
                }
            }
        }
        return violations;
    }

    /** How many of the expectations were delivered more than once (excused repeats included). */
    int repeats(List<LogEntry> log) {
        int n = 0;
        for (Expectation x : expectations) {
            if (log.stream().filter(x.isDelivery()).count() > 1) {
                n++;
            }
        }
        return n;
    }

    private static boolean endedCleanlyBefore(List<LogEntry> log, String session, long beforeSeq) {
        return log.stream().anyMatch(e -> e instanceof LogEntry.SessionEnded s && s.seq() < beforeSeq
                && s.sessionId().equals(session) && s.reason().equals(CLEAN_END));
    }

    static String sessionOf(LogEntry e) {
        if (e instanceof LogEntry.InformReceived i) {
            return i.sessionId();
        }
        if (e instanceof LogEntry.CpeRequestReceived c) {
            return c.sessionId();
        }
        throw new IllegalArgumentException("not a delivery: " + e);
    }
}
