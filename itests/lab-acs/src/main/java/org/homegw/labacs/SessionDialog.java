package org.homegw.labacs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.homegw.cwmp.codec.CwmpEncoder;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.CwmpResponse;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.InformResponse;

/**
 * The ACS side of a CWMP session (TR-069 §3.7.1.5, thesis §5.4.2): answers the Inform with
 * InformResponse and the ACS's MaxEnvelopes, answers the CPE's own requests in order, matches the
 * CPE's responses to the requests sent, and sends queued requests — only once the CPE has no more
 * requests of its own (a POST without requests), or at once when HoldRequests is on — as many per
 * HTTP response as the CPE's MaxEnvelopes allows. Nothing left to send: an empty 204.
 */
final class SessionDialog {

    private static final System.Logger LOG = System.getLogger(SessionDialog.class.getName());

    /** What to answer a POST with: these envelopes (none = 204), and why the session is over (null = not over). */
    record Reply(List<byte[]> envelopes, String endReason) {
    }

    private final AcsLog log;
    private final RpcQueue queue;
    private final DeviceRegistry registry;
    private final CpeRequestAnswers answers;
    private final CwmpEncoder encoder = new CwmpEncoder();
    private final long acsMaxEnvelopes;
    private final int pipelineDepth;
    private final Clock clock;
    private final AtomicLong cwmpIds = new AtomicLong();

    SessionDialog(AcsLog log, RpcQueue queue, DeviceRegistry registry, CpeRequestAnswers answers,
                  long acsMaxEnvelopes, int pipelineDepth, Clock clock) {
        this.log = log;
        this.queue = queue;
        this.registry = registry;
        this.answers = answers;
        this.acsMaxEnvelopes = acsMaxEnvelopes;
        this.pipelineDepth = pipelineDepth;
        this.clock = clock;
    }

    /** Handles the envelopes of one POST of the session (none for an empty POST). */
    Reply process(AcsSession s, List<Envelope> posted) {
        synchronized (s) {
            s.lastPost = clock.instant();
            boolean cpeRequests = false;
            boolean informHere = false;
            int messages = 0;
            for (Envelope env : posted) {
                for (CwmpMessage m : env.body()) {
                    messages++;
                    if (m instanceof Inform inform) {
                        informHere = true;
                        s.unsentAnswers.add(answerInform(s, env, inform));
                    } else if (m instanceof CwmpRequest request) {
                        cpeRequests = true;
                        s.unsentAnswers.add(answerCpeRequest(s, env.header(), request));
                    } else {
                        takeAnswer(s, env.header(), m);
                    }
                }
            }
            if (!informHere && posted.size() > acsMaxEnvelopes) {
                violation(s, posted.size() + " envelopes in one POST; the ACS's MaxEnvelopes is " + acsMaxEnvelopes);
            }
            if (messages == 0 && s.unsentAnswers.isEmpty() && !s.outstanding.isEmpty()) {
                violation(s, "empty POST while " + s.outstanding.size() + " ACS request(s) await an answer");
                return new Reply(List.of(), "empty POST with unanswered ACS requests");
            }
            boolean hold = registry.holdRequests(s.device);
            List<byte[]> bytes = new ArrayList<>();
            long perResponse = pipelineDepth > 0 ? pipelineDepth : s.cpeMaxEnvelopes;
            // answers beyond the CPE's MaxEnvelopes wait for its next POST (§5.4.2.2 allows spreading them)
            while (!s.unsentAnswers.isEmpty() && bytes.size() < perResponse) {
                Envelope e = s.unsentAnswers.poll();
                bytes.add(encoder.encode(hold ? withHold(e) : e));
            }
            if (s.informAnswered && s.unsentAnswers.isEmpty() && (hold || (!informHere && !cpeRequests))) {
                while (bytes.size() < perResponse) {
                    PendingRpc p = queue.take(s.device);
                    if (p == null) {
                        break;
                    }
                    byte[] sent = send(s, p, hold);
                    if (sent != null) {
                        bytes.add(sent);
                    }
                }
            }
            s.holdAnnounced = hold && !bytes.isEmpty();
            boolean over = bytes.isEmpty() && s.outstanding.isEmpty();
            return new Reply(bytes, over ? "204 No Content" : null);
        }
    }

    private static Envelope withHold(Envelope e) {
        return new Envelope(e.version(), e.header().withHoldRequests(true), e.body());
    }

    /** Encodes a queued request for the session; one the session's version cannot carry fails instead (null). */
    private byte[] send(AcsSession s, PendingRpc p, boolean hold) {
        String cwmpId = "acs-" + cwmpIds.incrementAndGet();
        CwmpHeader header = hold ? CwmpHeader.ofId(cwmpId).withHoldRequests(true) : CwmpHeader.ofId(cwmpId);
        byte[] bytes;
        try {
            bytes = encoder.encode(Envelope.of(s.version, header, p.request()));
        } catch (IllegalArgumentException bad) {
            String why = "cannot be sent in CWMP " + s.version.label() + ": " + bad.getMessage();
            log.append((seq, t) -> new LogEntry.RpcFailed(seq, t, s.device, s.id, p.id(), p.request(), why));
            p.outcome().complete(new RpcOutcome(p.request(), null, why));
            return null;
        }
        p.sentAs(cwmpId);
        s.outstanding.put(cwmpId, p);
        log.append((seq, t) -> new LogEntry.RpcSent(seq, t, s.device, s.id, p.id(), cwmpId, p.request(), hold));
        return bytes;
    }

    private Envelope answerInform(AcsSession s, Envelope env, Inform inform) {
        if (s.informAnswered) {
            violation(s, "second Inform in one session");
        }
        s.cpeMaxEnvelopes = Math.max(1, inform.maxEnvelopes());
        s.informAnswered = true;
        registry.informed(inform, s.version, clock.instant());
        log.append((seq, t) -> new LogEntry.InformReceived(seq, t, s.device, s.id, s.version, env.header(), inform));
        CwmpHeader header = CwmpHeader.ofId(env.header().id());
        if (s.useVersionHeader) {
            header = header.withUseCwmpVersion(s.version.label());
        }
        return Envelope.of(s.version, header, new InformResponse(acsMaxEnvelopes));
    }

    private Envelope answerCpeRequest(AcsSession s, CwmpHeader header, CwmpRequest request) {
        if (!s.informAnswered) {
            violation(s, request.methodName() + " before the Inform");
        }
        if (s.holdAnnounced) {
            violation(s, request.methodName() + " sent while HoldRequests was true");
        }
        CwmpMessage answer = answers.answer(request, s.version);
        log.append((seq, t) -> new LogEntry.CpeRequestReceived(seq, t, s.device, s.id, header.id(), request, answer));
        return Envelope.of(s.version, CwmpHeader.ofId(header.id()), answer);
    }

    private void takeAnswer(AcsSession s, CwmpHeader header, CwmpMessage answer) {
        PendingRpc p = header.id() == null ? null : s.outstanding.remove(header.id());
        if (p == null && header.id() == null && s.outstanding.size() == 1) {
            // lenient: a CPE that forgot cwmp:ID while only one request was open
            violation(s, answer.methodName() + " without cwmp:ID");
            Iterator<Map.Entry<String, PendingRpc>> it = s.outstanding.entrySet().iterator();
            p = it.next().getValue();
            it.remove();
        }
        if (p == null) {
            violation(s, answer.methodName() + " with cwmp:ID '" + header.id() + "' answers no open ACS request");
            return;
        }
        if (answer instanceof CwmpResponse r && !r.methodName().equals(p.request().methodName() + "Response")) {
            violation(s, r.methodName() + " answers " + p.request().methodName());
        }
        PendingRpc answered = p;
        log.append((seq, t) -> new LogEntry.RpcAnswered(seq, t, s.device, s.id, answered.id(), answered.cwmpId(),
                answered.request(), answer));
        answered.outcome().complete(new RpcOutcome(answered.request(), answer, null));
        if (answer instanceof FaultMessage f) {
            LOG.log(System.Logger.Level.INFO, "{0}: {1} answered with fault {2} {3}", DeviceIds.canonical(s.device),
                    answered.request().methodName(), String.valueOf(f.faultCode()), f.faultString());
        }
    }

    private void violation(AcsSession s, String what) {
        LOG.log(System.Logger.Level.WARNING, "{0}: CWMP violation: {1}", DeviceIds.canonical(s.device), what);
        log.append((seq, t) -> new LogEntry.ProtocolViolation(seq, t, s.device, s.id, what));
    }
}
