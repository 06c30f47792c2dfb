package org.homegw.cwmp.client.internal.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.event.EventStore;
import org.homegw.cwmp.client.internal.schedule.PeriodicSchedule;

/**
 * The events raised by the clock: "2 PERIODIC" (PeriodicInform*, phase-aligned to
 * PeriodicInformTime), "14 HEARTBEAT" (HeartbeatPolicy, model 2.12, aligned to InitiationTime) and the
 * ScheduleInform timers kept in the {@link EventStore}. Re-planned whenever the settings they come
 * from change; confined to the agent's scheduler thread.
 */
final class TimedEvents {

    /** Enable, interval and reference time of PERIODIC or HEARTBEAT (compared, not re-formatted). */
    private record Config(boolean enable, Duration interval, Instant reference) {
    }

    private final EventStore events;
    private final Instant startedAt;
    private Config periodicConfig;
    private Instant periodicDue;
    private Instant periodicSince;
    private Config heartbeatConfig;
    private Instant heartbeatDue;

    /** @param startedAt the agent's start: the first PERIODIC interval counts from it */
    TimedEvents(EventStore events, Instant startedAt) {
        this.events = events;
        this.startedAt = startedAt;
    }

    /** Raises (and stores) every timed event due at {@code now}; answers how many kinds were raised. */
    int raiseDue(ManagementServerSettings s, Instant now) {
        int raised = 0;
        Config pc = new Config(s.periodicEnable(), s.periodicInterval(), s.periodicTime());
        if (!pc.equals(periodicConfig)) {
            periodicConfig = pc;
            periodicSince = periodicSince == null ? startedAt : now;
            periodicDue = s.periodicEnable()
                    ? PeriodicSchedule.next(s.periodicInterval(), s.periodicTime(), now, periodicSince) : null;
        }
        if (periodicDue != null && !now.isBefore(periodicDue)) {
            events.add(List.of(CwmpEvent.of(CwmpEvent.PERIODIC)));
            raised++;
            periodicSince = now;
            periodicDue = PeriodicSchedule.next(s.periodicInterval(), s.periodicTime(), now, periodicSince);
        }
        if (events.raiseScheduled(now)) {
            raised++;
        }
        Config hc = new Config(s.heartbeatEnable(), s.heartbeatInterval(), s.heartbeatInitiation());
        if (!hc.equals(heartbeatConfig)) {
            heartbeatConfig = hc;
            heartbeatDue = s.heartbeatEnable()
                    ? PeriodicSchedule.next(s.heartbeatInterval(), s.heartbeatInitiation(), now, now) : null;
        }
        if (heartbeatDue != null && !now.isBefore(heartbeatDue)) {
            events.add(List.of(CwmpEvent.of(CwmpEvent.HEARTBEAT)));
            raised++;
            heartbeatDue = PeriodicSchedule.next(s.heartbeatInterval(), s.heartbeatInitiation(), now, now);
        }
        return raised;
    }

    /** The next moment one of them falls due (null: none planned). */
    Instant nextDue() {
        return CwmpAgent.earliest(periodicDue, heartbeatDue, events.nextScheduled().orElse(null));
    }
}
