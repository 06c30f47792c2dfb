package org.homegw.cwmp.client.internal.transport;

import java.time.Duration;
import java.util.Optional;

/** One HTTP response from the ACS: status, body (empty for an empty response), and any Retry-After. */
public record AcsReply(int status, byte[] body, Optional<Duration> retryAfter) {
    public boolean isEmpty() {
        return body.length == 0;
    }
}
