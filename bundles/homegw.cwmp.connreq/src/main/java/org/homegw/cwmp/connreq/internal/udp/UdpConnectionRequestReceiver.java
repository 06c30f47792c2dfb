package org.homegw.cwmp.connreq.internal.udp;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.homegw.cwmp.connreq.internal.Credentials;
import org.homegw.cwmp.connreq.internal.SessionTrigger;

/**
 * Turns datagrams into sessions: parse, validate, rate-limit, then one session request. Nothing is
 * ever sent back (Annex G); dropped datagrams are counted by reason and logged at DEBUG.
 */
public final class UdpConnectionRequestReceiver {

    private static final System.Logger LOG = System.getLogger(UdpConnectionRequestReceiver.class.getName());

    private final UdpConnectionRequestValidator validator;
    private final Supplier<Credentials> credentials;
    private final SessionTrigger trigger;
    private final Map<UdpConnectionRequestValidator.Drop, AtomicLong> dropped =
            new EnumMap<>(UdpConnectionRequestValidator.Drop.class);
    private final AtomicLong accepted = new AtomicLong();
    private final LongConsumer timestampAccepted;

    public UdpConnectionRequestReceiver(UdpConnectionRequestValidator validator, Supplier<Credentials> credentials,
            SessionTrigger trigger) {
        this(validator, credentials, trigger, ts -> { });
    }

    /** timestampAccepted is told each new highest accepted ts (to persist it). */
    public UdpConnectionRequestReceiver(UdpConnectionRequestValidator validator, Supplier<Credentials> credentials,
            SessionTrigger trigger, LongConsumer timestampAccepted) {
        this.timestampAccepted = timestampAccepted;
        this.validator = validator;
        this.credentials = credentials;
        this.trigger = trigger;
        for (UdpConnectionRequestValidator.Drop d : UdpConnectionRequestValidator.Drop.values()) {
            dropped.put(d, new AtomicLong());
        }
    }

    /** Handles one datagram; true when it started a session. */
    public boolean receive(byte[] data, int length, String peer) {
        Optional<UdpConnectionRequest> request = UdpConnectionRequest.parse(data, length);
        if (request.isEmpty()) {
            return drop(UdpConnectionRequestValidator.Drop.MALFORMED, peer);
        }
        Optional<UdpConnectionRequestValidator.Drop> verdict = validator.check(request.get(), credentials.get());
        if (verdict.isPresent()) {
            return drop(verdict.get(), peer);
        }
        if (!trigger.admit()) {
            return drop(UdpConnectionRequestValidator.Drop.RATE_LIMITED, peer);
        }
        if (validator.accepted(request.get())) {
            timestampAccepted.accept(request.get().timestamp());
        }
        accepted.incrementAndGet();
        LOG.log(System.Logger.Level.INFO, "UDP Connection Request id {0} from {1} accepted",
                request.get().messageId(), peer);
        trigger.startSession();
        return true;
    }

    private boolean drop(UdpConnectionRequestValidator.Drop reason, String peer) {
        dropped.get(reason).incrementAndGet();
        LOG.log(System.Logger.Level.DEBUG, "UDP Connection Request from {0} dropped: {1}", peer, reason);
        return false;
    }

    public long droppedCount(UdpConnectionRequestValidator.Drop reason) {
        return dropped.get(reason).get();
    }

    public long acceptedCount() {
        return accepted.get();
    }
}
