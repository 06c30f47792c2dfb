package org.homegw.cwmp.client.internal.session;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.homegw.cwmp.client.internal.rpc.RpcAnswer;
import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.SessionListing;
import org.homegw.cwmp.client.internal.rpc.SessionOrders;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.CwmpResponse;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.FaultCodes;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.InformResponse;

/**
 * One CWMP session from the CPE side as a state machine (thesis §5.4.1): no sockets, no clock. The
 * runner feeds it the ACS's replies and carries out the steps it answers with.
 *
 * <ul>
 * <li>The first POST carries the Inform alone; the session starts once an InformResponse arrives.</li>
 * <li>ACS requests are answered in order; each POST carries at most the ACS's MaxEnvelopes.</li>
 * <li>Queued CPE requests go out only while the last envelope received did not say HoldRequests,
 * one outstanding at a time (a local limit TR-069 allows).</li>
 * <li>With nothing to send, an empty POST; the session ends on an empty ACS response when nothing is
 * outstanding in either direction.</li>
 * </ul>
 */
public final class SessionEngine {

    private static final System.Logger LOG = System.getLogger(SessionEngine.class.getName());

    private enum Phase { NEW, INFORM_SENT, ACTIVE, FINISHED }

    private final Inform inform;
    private final CwmpVersion offered;
    private final long sessionTimeoutSeconds;
    private final RpcDispatcher dispatcher;
    private final SessionListener listener;
    private final SessionOrders orders = new SessionOrders();
    /** What this session reported to the ACS; dropped with the engine at the session's end. */
    private final SessionListing listing = new SessionListing();
    private final Deque<QueuedRequest> toSend;
    private final Deque<Outgoing> answers = new ArrayDeque<>();

    private Phase phase = Phase.NEW;
    private CwmpVersion version;
    private long acsMaxEnvelopes = 1;
    private boolean holdRequests;
    private QueuedRequest outstanding;
    private String outstandingId;
    private boolean deferred;
    private int nextId = 1;

    /**
     * @param inform the Inform to open the session with
     * @param offered the CWMP version (namespace) to offer
     * @param sessionTimeoutSeconds our silence timeout, announced in the SessionTimeout header (1.4 offers)
     * @param cpeRequests queued CPE requests, in order
     */
    public SessionEngine(Inform inform, CwmpVersion offered, long sessionTimeoutSeconds,
            List<QueuedRequest> cpeRequests, RpcDispatcher dispatcher, SessionListener listener) {
        this.inform = inform;
        this.offered = offered;
        this.version = offered;
        this.sessionTimeoutSeconds = sessionTimeoutSeconds;
        this.toSend = new ArrayDeque<>(cpeRequests);
        this.dispatcher = dispatcher;
        this.listener = listener;
    }

    /** What the ACS ordered in this session for after its clean end (reboot, ScheduleInform, ...). */
    public SessionOrders orders() {
        return orders;
    }

    /** The version the session speaks (the offer until the InformResponse arrives). */
    public CwmpVersion version() {
        return version;
    }

    /** The first step: POST the Inform. */
    public SessionStep start() {
        if (phase != Phase.NEW) {
            throw new IllegalStateException("session already started");
        }
        phase = Phase.INFORM_SENT;
        CwmpHeader header = CwmpHeader.ofId(newId());
        if (VersionNegotiation.hasVersionHeaders(offered)) {
            header = header.withSupportedCwmpVersions(VersionNegotiation.SUPPORTED)
                    .withSessionTimeout(sessionTimeoutSeconds);
        }
        // concatenated, not a {0} pattern: MessageFormat costs more than the rest of this step
        if (LOG.isLoggable(Level.INFO)) {
            LOG.log(Level.INFO, "CWMP session: Inform [" + inform.events().stream()
                    .map(e -> e.commandKey().isEmpty() ? e.eventCode() : e.eventCode() + " " + e.commandKey())
                    .collect(Collectors.joining(", ")) + "] offering CWMP " + offered.label());
        }
        return new SessionStep.Post(List.of(new Outgoing.Plain(Envelope.of(offered, header, inform))));
    }

    /** The ACS answered our last POST. */
    public SessionStep onReply(AcsReplyContent reply) {
        requirePhase();
        if (reply.status() == 503) {
            return fail(new SessionStep.Failed("ACS busy (HTTP 503)", reply.retryAfter(), false));
        }
        if (reply.status() == 401 || reply.status() == 403) {
            return fail("ACS rejected our credentials (HTTP " + reply.status() + ")");
        }
        boolean soapFaultStatus = reply.status() == 500 && !reply.envelopes().isEmpty();
        if (reply.status() != 200 && reply.status() != 204 && !soapFaultStatus) {
            return fail("unexpected HTTP status " + reply.status() + " from ACS");
        }
        if (phase == Phase.INFORM_SENT) {
            return onInformReply(reply);
        }
        for (Envelope envelope : reply.envelopes()) {
            for (CwmpMessage m : envelope.body()) {
                handleIncoming(envelope, m);
            }
        }
        holdRequests = !reply.envelopes().isEmpty() && reply.envelopes().get(reply.envelopes().size() - 1)
                .header().isHoldRequests();
        boolean acsIdle = reply.envelopes().stream().allMatch(e -> e.body().isEmpty())
                && !holdRequests;
        if (acsIdle && outstanding != null) {
            // an ACS may not go quiet with our request unanswered; keep it for a later session
            LOG.log(Level.WARNING, "ACS ended its side without answering " + outstanding.request().methodName()
                    + "; it stays queued");
            deferred = true;
            outstanding = null;
        }
        if (acsIdle && answers.isEmpty() && (toSend.isEmpty() || deferred)) {
            phase = Phase.FINISHED;
            LOG.log(Level.INFO, "CWMP session ended cleanly");
            return new SessionStep.Finished(new SessionStep.Completed(deferred));
        }
        return nextPost();
    }

    /** The ACS's reply could not be decoded (malformed XML, limits exceeded): the session fails. */
    public SessionStep onUndecodable(String reason) {
        requirePhase();
        return fail("malformed reply from ACS: " + reason);
    }

    /**
     * The ACS sent a request of a known method whose arguments could not be read: answered with
     * fault 9003 under its cwmp:ID, the session goes on. Before the InformResponse it fails the session.
     */
    public SessionStep onInvalidRequest(String id, String method, String reason) {
        requirePhase();
        if (phase == Phase.INFORM_SENT) {
            return fail("malformed reply to the Inform: " + reason);
        }
        LOG.log(Level.WARNING, "ACS sent " + method + " with invalid arguments (" + reason + "); answering 9003");
        answers.add(new Outgoing.Plain(Envelope.of(version, CwmpHeader.ofId(id.isEmpty() ? null : id),
                FaultMessage.of(FaultCodes.INVALID_ARGUMENTS, "Invalid arguments: " + reason))));
        holdRequests = false;
        return nextPost();
    }

    /** The HTTP exchange failed (connection refused/reset, timeout, TLS rejected). */
    public SessionStep onTransportFailure(String reason) {
        requirePhase();
        return fail(reason);
    }

    private SessionStep onInformReply(AcsReplyContent reply) {
        if (reply.envelopes().isEmpty() || reply.envelopes().get(0).body().isEmpty()) {
            return fail("ACS answered the Inform without an InformResponse (HTTP " + reply.status() + ")");
        }
        Envelope first = reply.envelopes().get(0);
        CwmpMessage answer = first.body().get(0);
        if (answer instanceof FaultMessage f) {
            // 8006, or a SOAP-level Client/VersionMismatch fault without CWMP detail (how 1-0-only
            // ACSes refuse an unknown namespace); a Server fault is an ordinary failure
            boolean versionProblem = f.faultCode() == FaultCodes.ACS_VERSION_INCOMPATIBLE
                    || f.faultCode() == 0 && !f.soapFaultCode().endsWith("Server");
            if (versionProblem && VersionNegotiation.lower(offered).isPresent()) {
                return fail(new SessionStep.Failed("ACS rejected CWMP " + offered.label() + " (fault "
                        + f.faultCode() + " " + f.faultString() + ")", Optional.empty(), true));
            }
            return fail(new SessionStep.Failed("ACS answered the Inform with fault " + f.faultCode() + " "
                    + f.faultString(), reply.retryAfter(), false));
        }
        if (!(answer instanceof InformResponse ir)) {
            return fail("ACS answered the Inform with " + answer.methodName());
        }
        version = VersionNegotiation.chosen(offered, first);
        acsMaxEnvelopes = ir.maxEnvelopes() < 1 ? 1 : Math.min(ir.maxEnvelopes(), 64);
        phase = Phase.ACTIVE;
        LOG.log(Level.INFO, "ACS accepted the Inform: CWMP " + version.label() + ", MaxEnvelopes " + acsMaxEnvelopes);
        listener.informAccepted(version);
        // anything the ACS piggy-backed after the InformResponse is handled like a later reply
        List<Envelope> rest = new ArrayList<>();
        if (first.body().size() > 1) {
            rest.add(new Envelope(first.version(), first.header(), first.body().subList(1, first.body().size())));
        }
        rest.addAll(reply.envelopes().subList(1, reply.envelopes().size()));
        for (Envelope envelope : rest) {
            for (CwmpMessage m : envelope.body()) {
                handleIncoming(envelope, m);
            }
        }
        Envelope last = reply.envelopes().get(reply.envelopes().size() - 1);
        holdRequests = last.header().isHoldRequests();
        return nextPost();
    }

    private void handleIncoming(Envelope envelope, CwmpMessage m) {
        String id = envelope.header().id();
        if (m instanceof CwmpRequest request) {
            LOG.log(Level.INFO, "ACS -> CPE " + request.methodName());
            listener.acsRequestReceived();
            int reboots = orders.rebootCommandKeys().size();
            int informs = orders.scheduledInforms().size();
            RpcAnswer answer = recordOrders(dispatcher.dispatch(request, orders, listing), reboots, informs);
            LOG.log(Level.INFO, "CPE -> ACS " + answer.describe());
            if (answer instanceof RpcAnswer.Streamed s) {
                answers.add(new Outgoing.StreamedResponse(version, id, s.values()));
            } else {
                CwmpMessage msg = ((RpcAnswer.Message) answer).message();
                answers.add(new Outgoing.Plain(Envelope.of(version, CwmpHeader.ofId(id), msg)));
            }
        } else if (outstanding == null) {
            LOG.log(Level.WARNING, "ignoring unsolicited {0} from ACS", m.methodName());
        } else if (m instanceof FaultMessage f) {
            QueuedRequest r = outstanding;
            outstanding = null;
            if (f.faultCode() == FaultCodes.ACS_RETRY_REQUEST) {
                LOG.log(Level.INFO, "ACS asks to retry {0} later (fault 8005)", r.request().methodName());
                deferred = true;
                toSend.addFirst(r);
            } else {
                LOG.log(Level.WARNING, "ACS rejected " + r.request().methodName() + " with fault " + f.faultCode()
                        + " " + f.faultString() + "; dropped");
                listener.requestAnswered(r, f);
            }
        } else if (m instanceof CwmpResponse) {
            if (id != null && outstandingId != null && !id.equals(outstandingId)) {
                LOG.log(Level.WARNING, "response ID " + id + " does not match request ID " + outstandingId
                        + "; taken as the answer anyway");
            }
            LOG.log(Level.INFO, "ACS -> CPE " + m.methodName());
            QueuedRequest r = outstanding;
            outstanding = null;
            listener.requestAnswered(r, null);
        }
    }

    /**
     * Hands the orders {@code answer} accepted to the listener before the answer is queued: once the ACS
     * has the response, a kill must not lose the order. An order that cannot be recorded is withdrawn
     * and the ACS gets 9002 instead of a response it would rely on.
     */
    private RpcAnswer recordOrders(RpcAnswer answer, int reboots, int informs) {
        try {
            orders.rebootCommandKeys().subList(reboots, orders.rebootCommandKeys().size())
                    .forEach(listener::rebootOrdered);
            orders.scheduledInforms().subList(informs, orders.scheduledInforms().size())
                    .forEach(x -> listener.informScheduled(x.delaySeconds(), x.commandKey()));
            return answer;
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "cannot record the ACS's order; answering 9002", e);
            orders.withdrawSince(reboots, informs);
            return new RpcAnswer.Message(FaultMessage.of(FaultCodes.INTERNAL_ERROR, "Internal error: order not saved"));
        }
    }

    private SessionStep nextPost() {
        // a request the session's version does not define can never reach this ACS: drop it, loudly
        while (!toSend.isEmpty() && !version.atLeast(VersionNegotiation.since(toSend.peek().request()))) {
            QueuedRequest r = toSend.poll();
            LOG.log(Level.WARNING, r.request().methodName() + " is not defined in CWMP " + version.label()
                    + ", which this ACS speaks; dropped");
            listener.requestAnswered(r, FaultMessage.of(FaultCodes.ACS_METHOD_NOT_SUPPORTED,
                    "not defined in CWMP " + version.label()));
        }
        List<Outgoing> post = new ArrayList<>();
        while (!answers.isEmpty() && post.size() < acsMaxEnvelopes) {
            post.add(answers.poll());
        }
        if (!holdRequests && outstanding == null && !deferred && !toSend.isEmpty() && post.size() < acsMaxEnvelopes) {
            outstanding = toSend.poll();
            outstandingId = newId();
            LOG.log(Level.INFO, "CPE -> ACS " + outstanding.request().methodName());
            post.add(new Outgoing.Plain(Envelope.of(version, outstandingId, outstanding.request())));
        }
        return new SessionStep.Post(post);
    }

    private String newId() {
        return "cpe-" + nextId++;
    }

    private SessionStep fail(String reason) {
        return fail(SessionStep.Failed.of(reason));
    }

    private SessionStep fail(SessionStep.Failed failure) {
        phase = Phase.FINISHED;
        LOG.log(Level.WARNING, "CWMP session failed: " + failure.reason());
        return new SessionStep.Finished(failure);
    }

    private void requirePhase() {
        if (phase == Phase.NEW || phase == Phase.FINISHED) {
            throw new IllegalStateException("session not running (" + phase + ")");
        }
    }
}
