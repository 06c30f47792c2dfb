package org.homegw.cwmp.connreq.internal.stun;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.homegw.cwmp.connreq.internal.Scheduler;

/**
 * The TR-111 Part 2 STUN client: classic RFC 3489 Binding Requests, sent from the UDP Connection
 * Request port, keep the NAT binding open and tell us (and, through the STUN server, the ACS) the
 * public address. Every request carries CONNECTION-REQUEST-BINDING; the first request after the
 * mapped address changed carries BINDING-CHANGE. When the server answers 401 and a STUNUsername is
 * set, requests carry USERNAME and MESSAGE-INTEGRITY from then on.
 *
 * <p>Timing (all through the injected {@link Scheduler}): RFC 3489 9.3 retransmissions (100 ms
 * doubling to 1.6 s, 9 requests at most), then the next Binding Request after the keep-alive period.
 */
public final class StunClient {

    private static final System.Logger LOG = System.getLogger(StunClient.class.getName());

    /** Delays before each retransmission; after the last, the transaction has failed (RFC 3489 9.3). */
    static final List<Duration> RETRANSMIT_DELAYS = List.of(ms(100), ms(200), ms(400), ms(800), ms(1600), ms(1600),
            ms(1600), ms(1600), ms(1600));

    /** Sends a datagram from the UDP Connection Request port. */
    @FunctionalInterface
    public interface Transport {
        void send(byte[] data, InetSocketAddress to) throws IOException;
    }

    /** Told the mapped (public) address whenever a Binding Response reports a different one. */
    @FunctionalInterface
    public interface Listener {
        void mappedAddressChanged(InetSocketAddress mapped);
    }

    /** What the client needs; keepAlive is already clamped to the STUN*KeepAlivePeriod bounds. */
    public record Settings(InetSocketAddress server, String username, String password, Duration keepAlive) {

        /**
         * The keep-alive period: our preferred period, lowered to STUNMaximumKeepAlivePeriod (when
         * positive; -1 means no maximum) and never below STUNMinimumKeepAlivePeriod.
         */
        public static Duration keepAlive(Duration preferred, long minimumSeconds, long maximumSeconds) {
            long s = preferred.getSeconds();
            if (maximumSeconds > 0 && s > maximumSeconds) {
                s = maximumSeconds;
            }
            return Duration.ofSeconds(Math.max(Math.max(s, minimumSeconds), 1));
        }
    }

    private final Settings settings;
    private final Transport transport;
    private final Scheduler scheduler;
    private final Listener listener;
    private final Random random;

    private byte[] transactionId;
    private byte[] request;
    private int sent;
    private boolean bindingChangePending;
    private boolean useIntegrity;
    private InetSocketAddress mapped;
    private Scheduler.Cancellable timer = () -> { };
    private boolean stopped;

    public StunClient(Settings settings, Transport transport, Scheduler scheduler, Listener listener, Random random) {
        this.settings = settings;
        this.transport = transport;
        this.scheduler = scheduler;
        this.listener = listener;
        this.random = random;
    }

    /** Sends the first Binding Request now. */
    public synchronized void start() {
        newTransaction();
    }

    public synchronized void stop() {
        stopped = true;
        timer.cancel();
    }

    public synchronized InetSocketAddress mappedAddress() {
        return mapped;
    }

    private void newTransaction() {
        if (stopped) {
            return;
        }
        transactionId = new byte[16];
        random.nextBytes(transactionId);
        List<StunMessage.Attribute> attributes = new ArrayList<>();
        attributes.add(new StunMessage.Attribute(StunMessage.CONNECTION_REQUEST_BINDING,
                StunMessage.TR111_BINDING_VALUE));
        if (bindingChangePending) {
            attributes.add(new StunMessage.Attribute(StunMessage.BINDING_CHANGE, new byte[0]));
        }
        byte[] key = null;
        if (useIntegrity) {
            attributes.add(new StunMessage.Attribute(StunMessage.USERNAME,
                    StunMessage.encodeUsername(settings.username())));
            key = settings.password().getBytes(StandardCharsets.UTF_8);
        }
        request = new StunMessage(StunMessage.BINDING_REQUEST, transactionId, attributes).encode(key);
        sent = 0;
        transmit();
    }

    private void transmit() {
        if (stopped) {
            return;
        }
        if (sent > RETRANSMIT_DELAYS.size() - 1) {
            LOG.log(System.Logger.Level.WARNING, "STUN server {0} did not answer; next try in {1}", settings.server(),
                    settings.keepAlive());
            scheduleNext(settings.keepAlive());
            return;
        }
        // the 9th send (index 8) is followed by a final 1.6 s wait, then the transaction fails;
        // the timer is armed before sending so that it exists whenever the request can be answered
        Duration wait = RETRANSMIT_DELAYS.get(sent);
        sent++;
        byte[] tid = transactionId;
        timer.cancel();
        timer = scheduler.schedule(() -> {
            synchronized (this) {
                if (Arrays.equals(tid, transactionId)) {
                    transmit();
                }
            }
        }, wait);
        try {
            transport.send(request, settings.server());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "STUN send failed: {0}", e.getMessage());
        }
    }

    private void scheduleNext(Duration delay) {
        timer.cancel();
        transactionId = null; // no transaction in flight: late responses match nothing
        timer = scheduler.schedule(() -> {
            synchronized (this) {
                newTransaction();
            }
        }, delay);
    }

    /** A STUN datagram that arrived on the UDP Connection Request port. */
    public void onMessage(byte[] data, int length, InetSocketAddress from) {
        InetSocketAddress changedTo = null;
        synchronized (this) {
            if (stopped || !from.equals(settings.server())) {
                return;
            }
            StunMessage message;
            try {
                message = StunMessage.decode(data, length);
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.DEBUG, "malformed STUN message from {0}: {1}", from, e.getMessage());
                return;
            }
            if (!Arrays.equals(message.transactionId(), transactionId)) {
                return; // late copy of an earlier transaction
            }
            if (message.type() == StunMessage.BINDING_ERROR_RESPONSE) {
                onError(message);
                return;
            }
            if (message.type() != StunMessage.BINDING_RESPONSE) {
                return;
            }
            if (useIntegrity && !StunMessage.verifyIntegrity(data, length,
                    settings.password().getBytes(StandardCharsets.UTF_8))) {
                LOG.log(System.Logger.Level.DEBUG, "STUN response without valid MESSAGE-INTEGRITY ignored");
                return;
            }
            InetSocketAddress reported;
            try {
                reported = StunMessage.decodeAddress(message.attribute(StunMessage.MAPPED_ADDRESS)
                        .orElseThrow(() -> new IllegalArgumentException("no MAPPED-ADDRESS")));
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.DEBUG, "unusable STUN Binding Response: {0}", e.getMessage());
                return;
            }
            boolean announcedChange = bindingChangePending;
            bindingChangePending = false;
            if (!reported.equals(mapped)) {
                if (mapped != null && !announcedChange) {
                    // tell the server (and so the ACS) at once; the minimum period does not apply here
                    bindingChangePending = true;
                }
                mapped = reported;
                changedTo = reported;
            }
            if (bindingChangePending) {
                newTransaction();
            } else {
                scheduleNext(settings.keepAlive());
            }
        }
        if (changedTo != null) {
            listener.mappedAddressChanged(changedTo);
        }
    }

    private void onError(StunMessage message) {
        int code = message.attribute(StunMessage.ERROR_CODE).map(StunClient::errorCode).orElse(0);
        if (code == 401 && !useIntegrity && !settings.username().isEmpty()) {
            useIntegrity = true;
            newTransaction();
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "STUN server {0} answered error {1}", settings.server(), code);
        scheduleNext(settings.keepAlive());
    }

    /** The ERROR-CODE value, or 0 (as if there were none) when it is too short to hold a code. */
    private static int errorCode(byte[] value) {
        try {
            return StunMessage.decodeErrorCode(value);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.DEBUG, "unreadable ERROR-CODE in STUN Binding Error Response: {0}",
                    e.getMessage());
            return 0;
        }
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }
}
