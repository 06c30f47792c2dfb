package org.homegw.crash;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The CWMP sessions as the gateway itself logged them (its console output): each begins with
 * "CWMP session: Inform" and ends with "CWMP session ended cleanly" or "CWMP session failed". Used to
 * check that the gateway never runs two sessions at once.
 */
final class GatewaySessions {

    private static final String START = " - CWMP session: Inform";
    private static final String CLEAN = " - CWMP session ended cleanly";
    private static final String FAILED = " - CWMP session failed";

    /** One session: its start, and its end (null while it runs); {@code failed} when it did not end cleanly. */
    record Session(Instant start, Instant end, boolean failed) {
    }

    private GatewaySessions() {
    }

    /**
     * The sessions in {@code output} from character {@code from} on.
     *
     * @throws AssertionError when a session starts before the previous one ended, or an end has no start
     */
    static List<Session> parse(String output, int from) {
        List<Session> sessions = new ArrayList<>();
        Instant open = null;
        for (String line : output.substring(Math.min(from, output.length())).split("\n")) {
            boolean start = line.contains(START);
            boolean clean = line.contains(CLEAN);
            boolean failed = line.contains(FAILED);
            if (!start && !clean && !failed || line.isEmpty() || !Character.isDigit(line.charAt(0))) {
                continue;
            }
            Instant t = Instant.parse(line.substring(0, line.indexOf(' ')));
            if (start) {
                if (open != null) {
                    throw new AssertionError("a session started at " + t + " while the one of " + open + " still ran");
                }
                open = t;
            } else {
                if (open == null) {
                    throw new AssertionError("a session ended at " + t + " that never started: " + line);
                }
                sessions.add(new Session(open, t, failed));
                open = null;
            }
        }
        if (open != null) {
            sessions.add(new Session(open, null, false));
        }
        return sessions;
    }
}
