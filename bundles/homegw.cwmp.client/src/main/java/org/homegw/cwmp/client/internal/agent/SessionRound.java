package org.homegw.cwmp.client.internal.agent;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.event.EventStore;
import org.homegw.cwmp.client.internal.rpc.SessionOrders;
import org.homegw.cwmp.client.internal.session.InformBuilder;
import org.homegw.cwmp.client.internal.session.QueuedRequest;
import org.homegw.cwmp.client.internal.session.SessionListener;
import org.homegw.cwmp.client.internal.session.SessionStep;
import org.homegw.cwmp.client.internal.transport.AcsEndpoint;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.datamodel.api.DataModel;

/**
 * Runs one session for the {@link CwmpAgent}, which decides when: the Inform from one snapshot of the
 * pending events and queued requests, deliveries and the ACS's orders recorded as they happen (before
 * the response that accepts an order goes out, so a kill cannot lose it), a bug below costing one
 * failed session, and the ScheduleInforms the session did not journal itself persisted after it.
 */
final class SessionRound {

    private static final System.Logger LOG = System.getLogger(SessionRound.class.getName());

    private final DataModel model;
    private final EventStore events;
    private final RequestQueue requests;
    private final SessionExecutor executor;
    private final InformBuilder informBuilder;
    private final Clock clock;

    SessionRound(DataModel model, EventStore events, RequestQueue requests, SessionExecutor executor, Clock clock) {
        this.model = model;
        this.events = events;
        this.requests = requests;
        this.executor = executor;
        this.informBuilder = new InformBuilder(model, clock);
        this.clock = clock;
    }

    /**
     * @param acsUrl             the URL a delivered 0 BOOTSTRAP is recorded for
     * @param acsRequestReceived told when the ACS sends a request (it may change the settings)
     */
    SessionExecutor.Result run(AcsEndpoint endpoint, String acsUrl, CwmpVersion offer, long retryCount,
            Runnable acsRequestReceived) {
        // one snapshot for both: a request queued meanwhile (a transfer finishing right now) must not
        // be sent in a session whose Inform does not announce it
        List<QueuedRequest> queued = requests.all();
        Set<CwmpEvent> all = new LinkedHashSet<>(events.pending());
        queued.forEach(q -> all.addAll(q.events()));
        InformBuilder.Built built = informBuilder.build(List.copyOf(all), retryCount);
        List<SessionOrders.ScheduledInform> journaled = new java.util.concurrent.CopyOnWriteArrayList<>();
        SessionListener listener = new SessionListener() {
            @Override
            public void informAccepted(CwmpVersion version) {
                events.delivered(built.events(), acsUrl);
                if (built.carriesValueChanges()) {
                    model.clearChanged();
                }
            }

            @Override
            public void requestAnswered(QueuedRequest request, FaultMessage fault) {
                requests.remove(request.key());
            }

            // persisted before the response goes out, so a kill after it cannot lose the order: after
            // the restart (the reboot, in effect) "M Reboot" is reported; the timer is in the event store
            @Override
            public void rebootOrdered(String commandKey) {
                events.addAtNextStart(new CwmpEvent("M Reboot", commandKey));
            }

            @Override
            public void acsRequestReceived() {
                acsRequestReceived.run();
            }

            @Override
            public void informScheduled(long delaySeconds, String commandKey) {
                events.schedule(clock.instant().plusSeconds(delaySeconds), commandKey);
                journaled.add(new SessionOrders.ScheduledInform(delaySeconds, commandKey));
            }
        };
        SessionExecutor.Result result;
        try {
            result = executor.execute(new SessionExecutor.Plan(endpoint, built.inform(), offer, queued, listener));
        } catch (RuntimeException e) {
            // a bug below must cost one failed session, never the agent's schedule
            LOG.log(Level.ERROR, "CWMP session aborted by an internal error", e);
            result = new SessionExecutor.Result(SessionStep.Failed.of("internal error: " + e), new SessionOrders(), offer);
        }
        scheduleUnjournaled(result.orders(), journaled);
        return result;
    }

    /** ScheduleInforms the session already persisted (informScheduled) are not scheduled twice. */
    private void scheduleUnjournaled(SessionOrders orders, List<SessionOrders.ScheduledInform> journaled) {
        Instant now = clock.instant();
        List<SessionOrders.ScheduledInform> persisted = new ArrayList<>(journaled);
        for (SessionOrders.ScheduledInform x : orders.scheduledInforms()) {
            if (!persisted.remove(x)) {
                events.schedule(now.plusSeconds(x.delaySeconds()), x.commandKey());
            }
        }
    }
}
