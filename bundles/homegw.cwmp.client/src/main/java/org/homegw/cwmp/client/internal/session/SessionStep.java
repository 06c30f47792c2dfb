package org.homegw.cwmp.client.internal.session;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the session engine wants done next: POST these envelopes (none = empty POST), or stop. */
public sealed interface SessionStep {

    record Post(List<Outgoing> envelopes) implements SessionStep {
        public Post {
            envelopes = List.copyOf(envelopes);
        }
    }

    record Finished(SessionOutcome outcome) implements SessionStep {
    }

    /** How a session ended. */
    sealed interface SessionOutcome {
        boolean succeeded();
    }

    /**
     * The session ended cleanly. {@code deferredRequests}: some CPE requests were not accepted
     * (fault 8005, or no answer) and wait for a later session, after the retry wait.
     */
    record Completed(boolean deferredRequests) implements SessionOutcome {
        @Override
        public boolean succeeded() {
            return true;
        }
    }

    /**
     * The session failed. {@code retryAfter}: the ACS said when to come back (503 Retry-After);
     * {@code lowerVersion}: the ACS rejected our CWMP version, retry at once with a lower one.
     */
    record Failed(String reason, Optional<Duration> retryAfter, boolean lowerVersion) implements SessionOutcome {
        public static Failed of(String reason) {
            return new Failed(reason, Optional.empty(), false);
        }

        @Override
        public boolean succeeded() {
            return false;
        }
    }
}
