package org.homegw.cwmp.client.internal.session;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.homegw.cwmp.message.Envelope;

/** A decoded HTTP response from the ACS: status, envelopes (none = empty response), Retry-After. */
public record AcsReplyContent(int status, List<Envelope> envelopes, Optional<Duration> retryAfter) {
    public AcsReplyContent {
        envelopes = List.copyOf(envelopes);
    }

    public static AcsReplyContent ok(Envelope... envelopes) {
        return new AcsReplyContent(200, List.of(envelopes), Optional.empty());
    }

    public static AcsReplyContent empty() {
        return new AcsReplyContent(204, List.of(), Optional.empty());
    }
}
