package org.homegw.labacs;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.Envelope;

/**
 * The state of one CWMP session with one CPE, from its Inform to the ACS's empty 204 (or a
 * timeout). Guarded by its own monitor: the HTTP worker handling a POST of the session holds it.
 */
final class AcsSession {

    final String id;
    final String affinity;
    final DeviceIdStruct device;
    final CwmpVersion version;
    final boolean useVersionHeader;
    final String remoteHost;
    /** Envelopes the CPE accepts per HTTP response (its Inform's MaxEnvelopes, at least 1). */
    long cpeMaxEnvelopes = 1;
    Instant lastPost;
    /** ACS requests sent and not yet answered, by cwmp:ID, in the order sent. */
    final Map<String, PendingRpc> outstanding = new LinkedHashMap<>();
    /** Answers to CPE requests not sent yet because the CPE's MaxEnvelopes was reached, in order. */
    final Deque<Envelope> unsentAnswers = new ArrayDeque<>();
    /** Whether our latest reply told the CPE HoldRequests=true. */
    boolean holdAnnounced;
    boolean informAnswered;
    boolean ended;

    AcsSession(String id, String affinity, DeviceIdStruct device, CwmpVersion version, boolean useVersionHeader,
               String remoteHost, Instant now) {
        this.id = id;
        this.affinity = affinity;
        this.device = device;
        this.version = version;
        this.useVersionHeader = useVersionHeader;
        this.remoteHost = remoteHost;
        this.lastPost = now;
    }
}
