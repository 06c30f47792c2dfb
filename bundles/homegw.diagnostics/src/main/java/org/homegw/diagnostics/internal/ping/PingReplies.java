package org.homegw.diagnostics.internal.ping;

import java.util.List;

/** What a ping method measured: the round-trip time of each answered echo (µs), and how many were sent. */
public record PingReplies(List<Long> roundTripMicros, int sent) {

    public PingReplies {
        roundTripMicros = List.copyOf(roundTripMicros);
    }

    public int successes() {
        return roundTripMicros.size();
    }

    public int failures() {
        return Math.max(0, sent - successes());
    }
}
