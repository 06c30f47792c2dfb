package org.homegw.cwmp.client.internal.agent;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.event.EventRules;
import org.homegw.cwmp.client.internal.event.EventStore;
import org.homegw.cwmp.client.internal.schedule.RetryPolicy;
import org.homegw.cwmp.client.internal.session.SessionStep;
import org.homegw.cwmp.client.internal.transport.AcsEndpoint;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.datamodel.api.DataModel;

/**
 * Decides when sessions run, one at a time on the scheduler's thread: pending events and queued
 * requests open a session; failed sessions wait per {@link RetryPolicy} (or the ACS's Retry-After)
 * unless a new event arrives; sessions only for active notifications respect
 * DefaultActiveNotificationThrottle; PeriodicInform* and ScheduleInform raise their events on time;
 * EnableCWMP=false or an empty URL stops sessions; a new URL brings 0 BOOTSTRAP; a Reboot or
 * FactoryReset runs only after a clean session end. Other bundles' after-session actions and reboot
 * requests (SessionLifecycle) go through a {@link SessionGate}. A {@link SessionRound} runs each
 * session; {@link TimedEvents} raises the clock's events.
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
    private final Clock clock;
    private final AgentScheduler scheduler;
    private final DeviceActions device;
    private final Config config;
    private final SessionRound round;
    private final SessionGate gate;

    // confined to the scheduler thread
    private String lastUrl;
    private final RetryState retry;
    /** Counts events raised since start; a session attempt remembers the count it saw. */
    private final java.util.concurrent.atomic.AtomicLong eventsRaised = new java.util.concurrent.atomic.AtomicLong();
    private long raisedAtLastAttempt;
    private Instant lastSessionEnd;
    private final TimedEvents timedEvents;
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
    private final SettingsCache settings;

    public CwmpAgent(DataModel model, EventStore events, RequestQueue requests, SessionExecutor executor,
            RetryPolicy retryPolicy, Clock clock, AgentScheduler scheduler, DeviceActions device, Config config,
            Executor afterSessionThread) {
        this.model = model;
        this.events = events;
        this.requests = requests;
        this.retry = new RetryState(retryPolicy, clock);
        this.clock = clock;
        this.scheduler = scheduler;
        this.device = device;
        this.config = config;
        this.round = new SessionRound(model, events, requests, executor, clock);
        this.settings = new SettingsCache(model);
        this.gate = new SessionGate(afterSessionThread);
        this.timedEvents = new TimedEvents(events, clock.instant());
    }

    /** Agent start (boot): 1 BOOT, restart rules, 0 BOOTSTRAP if due, then the first decision. */
    public void start() {
        ManagementServerSettings s = settings.fresh();
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
        settings.markStale();
        scheduler.schedule(Duration.ZERO, this::evaluate);
    }

    /** A timer fired (retry, periodic, poll): settings changed without an event are noticed here. */
    private void timerFired() {
        settings.markStale();
        evaluate();
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
        ManagementServerSettings s = settings.current();
        if (rebootAfterCleanEnd != null && (!s.enableCwmp() || s.url().isEmpty())) {
            // no session can end cleanly any more: the reboot must not wait for one
            reboot(rebootAfterCleanEnd);
            return;
        }
        noticeUrl(s);
        eventsRaised.addAndGet(timedEvents.raiseDue(s, now));
        Optional<Instant> runAt = sessionTime(s, now);
        if (runAt.isPresent() && !runAt.get().isAfter(now)) {
            runSession(s);
            scheduler.schedule(Duration.ZERO, this::evaluate);
            return;
        }
        // settings changed locally (shell, other bundles) are noticed by polling
        Instant next = earliest(runAt.orElse(null), timedEvents.nextDue(), now.plus(config.settingsPoll()));
        cancelWakeUp();
        if (next != null) {
            wakeUp = scheduler.schedule(Duration.between(now, next), this::timerFired);
        }
    }

    private void noticeUrl(ManagementServerSettings s) {
        if (!s.url().equals(lastUrl)) {
            LOG.log(Level.INFO, "ManagementServer.URL changed to ''{0}''; used from the next session on", s.url());
            lastUrl = s.url();
            retry.newAcs();
            if (!s.url().isEmpty()) {
                events.checkAcsUrl(s.url());
            }
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
        Instant at = retry.notBefore(now, eventsRaised.get() > raisedAtLastAttempt);
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
        raisedAtLastAttempt = eventsRaised.get();
        SessionExecutor.Result result;
        Optional<String> rebootAsked;
        try {
            result = round.run(endpoint, s.url(), retry.offer(), retry.count(), settings::markStale);
        } finally {
            rebootAsked = gate.sessionEnded();
        }
        rebootAsked.ifPresent(reason -> rebootAfterCleanEnd = reason);
        lastSessionEnd = clock.instant();
        rebootKeys.addAll(result.orders().rebootCommandKeys());
        factoryResetOrdered |= result.orders().factoryResetRequested();
        if (result.outcome() instanceof SessionStep.Completed completed) {
            succeeded(s, result, completed);
        } else {
            SessionStep.Failed f = (SessionStep.Failed) result.outcome();
            if (!(f.lowerVersion() && retry.lowerVersion())) {
                failed(s, f.retryAfter());
            }
        }
    }

    private void succeeded(ManagementServerSettings s, SessionExecutor.Result result, SessionStep.Completed completed) {
        retry.succeeded(result.version(), completed.deferredRequests(), s);
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
        retry.failed(retryAfter, s);
    }

    private void cancelWakeUp() {
        if (wakeUp != null) {
            wakeUp.cancel();
            wakeUp = null;
        }
    }

    static Instant earliest(Instant... times) {
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
