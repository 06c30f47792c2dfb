package org.homegw.cwmp.client.internal.agent;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.event.EventRules;
import org.homegw.cwmp.client.internal.event.EventStore;
import org.homegw.cwmp.client.internal.rpc.SessionOrders;
import org.homegw.cwmp.client.internal.schedule.PeriodicSchedule;
import org.homegw.cwmp.client.internal.schedule.RetryPolicy;
import org.homegw.cwmp.client.internal.session.InformBuilder;
import org.homegw.cwmp.client.internal.session.QueuedRequest;
import org.homegw.cwmp.client.internal.session.SessionListener;
import org.homegw.cwmp.client.internal.session.SessionStep;
import org.homegw.cwmp.client.internal.session.VersionNegotiation;
import org.homegw.cwmp.client.internal.transport.AcsEndpoint;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.datamodel.api.DataModel;

/**
 * Decides when sessions run, one at a time on the scheduler's thread: pending events and queued
 * requests open a session; failed sessions wait per {@link RetryPolicy} (or the ACS's Retry-After)
 * unless a new event arrives; sessions only for active notifications respect
 * DefaultActiveNotificationThrottle; PeriodicInform* and ScheduleInform raise their events on time;
 * EnableCWMP=false or an empty URL stops sessions; a new URL brings 0 BOOTSTRAP; a Reboot or
 * FactoryReset runs only after a clean session end. Other bundles' after-session actions and reboot
 * requests (SessionLifecycle) go through a {@link SessionGate}.
 */
public final class CwmpAgent {

    private static final System.Logger LOG = System.getLogger(CwmpAgent.class.getName());

    /**
     * Fixed settings of the agent (Metatype configuration), and the id of this boot (the OSGi
     * framework UUID: new at every framework start, the same when only the component restarts).
     */
    public record Config(Duration sessionTimeout, Duration settingsPoll, String bootId) {
        public Config {
            java.util.Objects.requireNonNull(bootId, "bootId");
            if (settingsPoll.isNegative() || settingsPoll.isZero()) {
                throw new IllegalArgumentException("settings poll interval must be positive: " + settingsPoll);
            }
            if (sessionTimeout.compareTo(Duration.ofSeconds(30)) < 0) {
                throw new IllegalArgumentException("session timeout must be at least 30 s (TR-069): " + sessionTimeout);
            }
        }
    }

    private final DataModel model;
    private final EventStore events;
    private final RequestQueue requests;
    private final SessionExecutor executor;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final AgentScheduler scheduler;
    private final DeviceActions device;
    private final Config config;
    private final InformBuilder informBuilder;
    private final SessionGate gate;

    // confined to the scheduler thread
    private final Instant startedAt;
    private String lastUrl;
    private CwmpVersion offer = CwmpVersion.V1_4;
    private int retryCount;
    private Instant retryAt;
    private boolean retryAtIsAcsOrder;
    /** Counts events raised since start; a session attempt remembers the count it saw. */
    private final java.util.concurrent.atomic.AtomicLong eventsRaised = new java.util.concurrent.atomic.AtomicLong();
    private long raisedAtLastAttempt;
    private Instant lastSessionEnd;
    /** The PeriodicInform* settings periodicDue was planned with (a record: compared, not re-formatted). */
    private TimedEventConfig periodicConfig;
    private Instant periodicDue;
    private Instant periodicSince;
    private TimedEventConfig heartbeatConfig;
    private Instant heartbeatDue;
    private final List<String> rebootKeys = new ArrayList<>();
    private boolean factoryResetOrdered;
    /** Why a bundle asked for a reboot during a session; it waits for a clean session end. Null if none. */
    private String rebootAfterCleanEnd;
    private boolean stopped;
    /**
     * Set by {@link #start()}: events raised before it (an active notification while the framework
     * is still starting) are stored but open no session, or the first Inform would go out without
     * 1 BOOT and with a spurious "URL changed" (lastUrl is only known after start).
     */
    private volatile boolean started;
    private AgentScheduler.Task wakeUp;
    /**
     * The ManagementServer settings last read (confined to the scheduler thread). Reading them costs
     * more than the rest of a decision, so they are re-read only when marked stale: by
     * {@link #settingsChanged} (the registry's change events), at every timer wake-up (so a change that
     * raised no event is still seen within the poll interval, as before), and after a session in which
     * the ACS sent requests (its SetParameterValues' change events arrive asynchronously).
     */
    private ManagementServerSettings settings;
    private volatile boolean settingsStale = true;

    public CwmpAgent(DataModel model, EventStore events, RequestQueue requests, SessionExecutor executor,
            RetryPolicy retryPolicy, Clock clock, AgentScheduler scheduler, DeviceActions device, Config config,
            Executor afterSessionThread) {
        this.model = model;
        this.events = events;
        this.requests = requests;
        this.executor = executor;
        this.retryPolicy = retryPolicy;
        this.clock = clock;
        this.scheduler = scheduler;
        this.device = device;
        this.config = config;
        this.informBuilder = new InformBuilder(model, clock);
        this.gate = new SessionGate(afterSessionThread);
        this.startedAt = clock.instant();
    }

    /** Agent start (boot): 1 BOOT, restart rules, 0 BOOTSTRAP if due, then the first decision. */
    public void start() {
        ManagementServerSettings s = freshSettings();
        events.start(s.url(), config.bootId());
        lastUrl = s.url();
        started = true;
        scheduler.schedule(Duration.ZERO, this::evaluate);
    }

    /** Stops deciding; a running session finishes on its own. */
    public void stop() {
        scheduler.schedule(Duration.ZERO, () -> {
            stopped = true;
            cancelWakeUp();
            // a pending "6 CONNECTION REQUEST" is kept in memory only; a client restarted within this boot still sends it
            events.flush();
        });
    }

    /**
     * Events from other bundles: persisted now (a lone "6 CONNECTION REQUEST" is not: see
     * {@link EventStore#add}), a session as soon as the rules allow.
     *
     * @throws IllegalArgumentException for an EventCode or CommandKey the Inform schema refuses
     */
    public void requestSession(List<CwmpEvent> newEvents) {
        newEvents.forEach(CwmpAgent::validate);
        events.add(newEvents);
        trigger();
    }

    /**
     * A CPE request for the ACS (TransferComplete, ...): persisted now, sent in the next session.
     * Autonomous completions the ManagementServer policies exclude are dropped here, events and all.
     */
    public void queueRequest(CwmpRequest request, List<CwmpEvent> announcing) {
        announcing.forEach(CwmpAgent::validate);
        Optional<CwmpRequest> allowed = AutonomousPolicies.filter(request, model);
        if (allowed.isEmpty()) {
            LOG.log(Level.INFO, "{0} not reported: excluded by the ManagementServer notification policy",
                    request.methodName());
            return;
        }
        requests.add(allowed.get(), announcing);
        trigger();
    }

    /**
     * A parameter with active notification changed (throttled by DefaultActiveNotificationThrottle).
     * Returns at once: the registry calls this on its own thread, so the event is stored on ours.
     */
    public void activeNotification(String path) {
        scheduler.schedule(Duration.ZERO, () -> {
            events.add(List.of(CwmpEvent.of(CwmpEvent.VALUE_CHANGE)));
            evaluate();
        });
    }

    private static void validate(CwmpEvent e) {
        if (!EventRules.isValidCode(e.code())) {
            throw new IllegalArgumentException("not a valid Inform EventCode: '" + e.code() + "'");
        }
        if (e.commandKey().length() > 32) {
            throw new IllegalArgumentException("CommandKey longer than 32 characters: '" + e.commandKey() + "'");
        }
    }

    /**
     * SessionLifecycle.afterSession: {@code action} goes to the after-session thread now, or when the
     * running session has ended (cleanly or not).
     */
    public void afterSession(Runnable action) {
        gate.afterSession(action);
    }

    /**
     * SessionLifecycle.rebootAfterSession: reboots before any further session starts, at once when
     * none runs, else after the running one ends cleanly (a failed one is retried first).
     */
    public void rebootAfterSession(String reason) {
        gate.requestReboot(reason);
        scheduler.schedule(Duration.ZERO, this::evaluate);
    }

    /** ManagementServer settings may have changed: they are read again, timers and sessions re-planned. */
    public void settingsChanged() {
        settingsStale = true;
        scheduler.schedule(Duration.ZERO, this::evaluate);
    }

    /** A timer fired (retry, periodic, poll): settings changed without an event are noticed here. */
    private void timerFired() {
        settingsStale = true;
        evaluate();
    }

    private ManagementServerSettings settings() {
        return settingsStale || settings == null ? freshSettings() : settings;
    }

    private ManagementServerSettings freshSettings() {
        settingsStale = false; // cleared first: a change announced during the read marks them stale again
        settings = ManagementServerSettings.read(model);
        return settings;
    }

    private void trigger() {
        eventsRaised.incrementAndGet();
        scheduler.schedule(Duration.ZERO, this::evaluate);
    }

    private void evaluate() {
        if (stopped || !started) {
            return;
        }
        try {
            decide();
        } catch (RuntimeException e) {
            // e.g. the state directory is full or read-only: try again later rather than stop for good
            LOG.log(Level.ERROR, "CWMP agent decision failed; trying again in " + config.settingsPoll().toSeconds() + " s", e);
            cancelWakeUp();
            wakeUp = scheduler.schedule(config.settingsPoll(), this::timerFired);
        }
    }

    private void decide() {
        Optional<String> rebootNow = gate.takeRebootNow();
        if (rebootNow.isPresent()) {
            reboot(rebootNow.get());
            return;
        }
        Instant now = clock.instant();
        ManagementServerSettings s = settings();
        if (rebootAfterCleanEnd != null && (!s.enableCwmp() || s.url().isEmpty())) {
            // no session can end cleanly any more: the reboot must not wait for one
            reboot(rebootAfterCleanEnd);
            return;
        }
        noticeUrl(s);
        raiseTimedEvents(s, now);
        Optional<Instant> runAt = sessionTime(s, now);
        if (runAt.isPresent() && !runAt.get().isAfter(now)) {
            runSession(s);
            scheduler.schedule(Duration.ZERO, this::evaluate);
            return;
        }
        // settings changed locally (shell, other bundles) are noticed by polling
        Instant next = earliest(runAt.orElse(null), periodicDue, heartbeatDue, now.plus(config.settingsPoll()),
                events.nextScheduled().orElse(null));
        cancelWakeUp();
        if (next != null) {
            wakeUp = scheduler.schedule(Duration.between(now, next), this::timerFired);
        }
    }

    private void noticeUrl(ManagementServerSettings s) {
        if (!s.url().equals(lastUrl)) {
            LOG.log(Level.INFO, "ManagementServer.URL changed to ''{0}''; used from the next session on", s.url());
            lastUrl = s.url();
            offer = CwmpVersion.V1_4;
            retryAt = null;
            retryCount = 0;
            if (!s.url().isEmpty()) {
                events.checkAcsUrl(s.url());
            }
        }
    }

    private void raiseTimedEvents(ManagementServerSettings s, Instant now) {
        TimedEventConfig pc = new TimedEventConfig(s.periodicEnable(), s.periodicInterval(), s.periodicTime());
        if (!pc.equals(periodicConfig)) {
            periodicConfig = pc;
            periodicSince = periodicSince == null ? startedAt : now;
            periodicDue = s.periodicEnable()
                    ? PeriodicSchedule.next(s.periodicInterval(), s.periodicTime(), now, periodicSince) : null;
        }
        if (periodicDue != null && !now.isBefore(periodicDue)) {
            events.add(List.of(CwmpEvent.of(CwmpEvent.PERIODIC)));
            eventsRaised.incrementAndGet();
            periodicSince = now;
            periodicDue = PeriodicSchedule.next(s.periodicInterval(), s.periodicTime(), now, periodicSince);
        }
        if (events.raiseScheduled(now)) {
            eventsRaised.incrementAndGet();
        }
        // HeartbeatPolicy (model 2.12): like PERIODIC, phase-aligned to InitiationTime
        TimedEventConfig hc = new TimedEventConfig(s.heartbeatEnable(), s.heartbeatInterval(), s.heartbeatInitiation());
        if (!hc.equals(heartbeatConfig)) {
            heartbeatConfig = hc;
            heartbeatDue = s.heartbeatEnable()
                    ? PeriodicSchedule.next(s.heartbeatInterval(), s.heartbeatInitiation(), now, now) : null;
        }
        if (heartbeatDue != null && !now.isBefore(heartbeatDue)) {
            events.add(List.of(CwmpEvent.of(CwmpEvent.HEARTBEAT)));
            eventsRaised.incrementAndGet();
            heartbeatDue = PeriodicSchedule.next(s.heartbeatInterval(), s.heartbeatInitiation(), now, now);
        }
    }

    /** When the next session may run, if there is anything to deliver and sessions are allowed. */
    private Optional<Instant> sessionTime(ManagementServerSettings s, Instant now) {
        if (!s.enableCwmp() || s.url().isEmpty()) {
            return Optional.empty();
        }
        boolean work = !events.isEmpty() || !requests.isEmpty() || !rebootKeys.isEmpty() || factoryResetOrdered
                || rebootAfterCleanEnd != null;
        if (!work) {
            return Optional.empty();
        }
        Instant at = now;
        // an event raised after the last attempt started cuts the retry wait short (not an ACS Retry-After)
        boolean newEvents = eventsRaised.get() > raisedAtLastAttempt;
        if (retryAt != null && (retryAtIsAcsOrder || !newEvents)) {
            at = retryAt;
        }
        boolean onlyValueChange = requests.isEmpty()
                && events.pending().stream().allMatch(e -> e.code().equals(CwmpEvent.VALUE_CHANGE));
        if (onlyValueChange && lastSessionEnd != null) {
            at = latest(at, lastSessionEnd.plus(s.activeNotificationThrottle()));
        }
        return Optional.of(at);
    }

    private void runSession(ManagementServerSettings s) {
        AcsEndpoint endpoint;
        try {
            endpoint = new AcsEndpoint(URI.create(s.url()), s.username(), s.password(), s.gzip(), config.sessionTimeout());
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "ManagementServer.URL '" + s.url() + "' is not usable: " + e.getMessage());
            failed(s, Optional.empty());
            return;
        }
        Optional<String> rebootFirst = gate.sessionStarting();
        if (rebootFirst.isPresent()) {
            reboot(rebootFirst.get()); // asked for before this session began: it does not begin
            return;
        }
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
                events.delivered(built.events(), s.url());
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
                settingsStale = true; // e.g. a SetParameterValues of ManagementServer.URL
            }

            @Override
            public void informScheduled(long delaySeconds, String commandKey) {
                events.schedule(clock.instant().plusSeconds(delaySeconds), commandKey);
                journaled.add(new SessionOrders.ScheduledInform(delaySeconds, commandKey));
            }
        };
        raisedAtLastAttempt = eventsRaised.get();
        SessionExecutor.Result result;
        Optional<String> rebootAsked = Optional.empty();
        try {
            result = executor.execute(new SessionExecutor.Plan(endpoint, built.inform(), offer, queued, listener));
        } catch (RuntimeException e) {
            // a bug below must cost one failed session, never the agent's schedule
            LOG.log(Level.ERROR, "CWMP session aborted by an internal error", e);
            result = new SessionExecutor.Result(SessionStep.Failed.of("internal error: " + e), new SessionOrders(), offer);
        } finally {
            rebootAsked = gate.sessionEnded();
        }
        rebootAsked.ifPresent(reason -> rebootAfterCleanEnd = reason);
        lastSessionEnd = clock.instant();
        collectOrders(result.orders(), journaled);
        if (result.outcome() instanceof SessionStep.Completed completed) {
            succeeded(s, result, completed);
        } else {
            SessionStep.Failed f = (SessionStep.Failed) result.outcome();
            Optional<CwmpVersion> lower = VersionNegotiation.lower(offer);
            if (f.lowerVersion() && lower.isPresent()) {
                LOG.log(Level.INFO, "retrying at once with CWMP {0}", lower.get().label());
                offer = lower.get();
                retryAt = null;
                return;
            }
            failed(s, f.retryAfter());
        }
    }

    private void succeeded(ManagementServerSettings s, SessionExecutor.Result result, SessionStep.Completed completed) {
        retryCount = 0;
        retryAt = null;
        retryAtIsAcsOrder = false;
        if (!result.version().atLeast(CwmpVersion.V1_2)) {
            offer = result.version(); // an ACS on an old namespace: start there next time
        }
        if (completed.deferredRequests()) {
            retryAt = clock.instant().plus(retryPolicy.delay(1, s.retryMinimumWaitInterval(), s.retryIntervalMultiplier()));
        }
        if (factoryResetOrdered) {
            factoryResetOrdered = false;
            rebootKeys.clear();
            rebootAfterCleanEnd = null;
            LOG.log(Level.WARNING, "factory reset ordered by the ACS: wiping CWMP state and resetting the device");
            events.factoryReset();
            requests.clear();
            stopped = true;
            runDeviceAction("factory reset", device::factoryReset);
        } else if (!rebootKeys.isEmpty() || rebootAfterCleanEnd != null) {
            reboot(rebootKeys.isEmpty() ? rebootAfterCleanEnd : "ordered by the ACS");
        }
    }

    /** Reboots between sessions; an ACS Reboot still pending is reported (M Reboot) after it. */
    private void reboot(String why) {
        rebootKeys.forEach(k -> events.addAtNextStart(new CwmpEvent("M Reboot", k)));
        rebootKeys.clear();
        rebootAfterCleanEnd = null;
        LOG.log(Level.WARNING, "reboot ({0}): rebooting now that no session is running", why);
        stopped = true;
        runDeviceAction("reboot", device::reboot);
    }

    /** A device action that cannot be carried out must not leave the agent stopped. */
    private void runDeviceAction(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "the " + what + " failed; the agent goes on", e);
            stopped = false;
        }
    }

    private void failed(ManagementServerSettings s, Optional<Duration> retryAfter) {
        events.sessionFailed();
        retryCount++;
        Duration wait = retryAfter.orElseGet(() ->
                retryPolicy.delay(retryCount, s.retryMinimumWaitInterval(), s.retryIntervalMultiplier()));
        retryAt = clock.instant().plus(wait);
        retryAtIsAcsOrder = retryAfter.isPresent();
        LOG.log(Level.INFO, "session retry {0} in {1} s", retryCount, wait.toMillis() / 1000.0);
    }

    /** Takes over the session's orders; ScheduleInforms the session already persisted are not scheduled twice. */
    private void collectOrders(SessionOrders orders, List<SessionOrders.ScheduledInform> journaled) {
        Instant now = clock.instant();
        List<SessionOrders.ScheduledInform> persisted = new ArrayList<>(journaled);
        for (SessionOrders.ScheduledInform x : orders.scheduledInforms()) {
            if (!persisted.remove(x)) {
                events.schedule(now.plusSeconds(x.delaySeconds()), x.commandKey());
            }
        }
        rebootKeys.addAll(orders.rebootCommandKeys());
        factoryResetOrdered |= orders.factoryResetRequested();
    }

    private void cancelWakeUp() {
        if (wakeUp != null) {
            wakeUp.cancel();
            wakeUp = null;
        }
    }

    /** Enable, interval and reference time of PERIODIC or HEARTBEAT. */
    private record TimedEventConfig(boolean enable, Duration interval, Instant reference) {
    }

    private static Instant earliest(Instant... times) {
        Instant best = null;
        for (Instant t : times) {
            if (t != null && (best == null || t.isBefore(best))) {
                best = t;
            }
        }
        return best;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
