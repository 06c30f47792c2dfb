package org.homegw.labacs.fault;

import java.time.Duration;
import java.util.Objects;

/** What the ACS does instead of (or before) answering a CWMP POST normally. */
public sealed interface FaultAction {

    /** Answer with this HTTP status and no body (e.g. 500, 502). */
    record HttpStatus(int status) implements FaultAction {
        public HttpStatus {
            if (status < 300 || status > 599) {
                throw new IllegalArgumentException("fault status must be 3xx-5xx: " + status);
            }
        }
    }

    /** Answer 503 with {@code Retry-After: seconds}. */
    record RetryAfter(int seconds) implements FaultAction {
        public RetryAfter {
            if (seconds < 0) {
                throw new IllegalArgumentException("Retry-After must not be negative");
            }
        }
    }

    /** Wait, then answer normally. */
    record Delay(Duration delay) implements FaultAction {
        public Delay {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** Announce a body, send part of it, then close the connection. */
    record DropConnection() implements FaultAction {
    }

    /** Answer 200 text/xml with a body that is not a CWMP envelope. */
    record MalformedBody(String body) implements FaultAction {
        public MalformedBody {
            Objects.requireNonNull(body, "body");
        }

        /** A truncated envelope, the usual kind of garbage. */
        public static MalformedBody truncatedEnvelope() {
            return new MalformedBody("<soap-env:Envelope xmlns:soap-env=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                    + "<soap-env:Body><cwmp:InformResponse");
        }
    }

    /** Answer 401 with a fresh challenge whatever credentials come. */
    record AuthLoop() implements FaultAction {
    }

    /** Redirect (301/302/303/307/308) to another URL; a relative location is resolved against the ACS. */
    record Redirect(int status, String location) implements FaultAction {
        public Redirect {
            Objects.requireNonNull(location, "location");
            if (status < 300 || status > 399) {
                throw new IllegalArgumentException("redirect status must be 3xx: " + status);
            }
        }
    }

    /** Never answer: hold the request until the client gives up or the ACS closes. */
    record Hang() implements FaultAction {
    }
}
