package org.homegw.cwmp.client.internal.agent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.event.EventStore;
import org.homegw.cwmp.client.internal.rpc.SessionOrders;
import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.session.AcsReplyContent;
import org.homegw.cwmp.client.internal.session.Outgoing;
import org.homegw.cwmp.client.internal.session.SessionEngine;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.InformResponse;
import org.homegw.cwmp.message.Reboot;
import org.homegw.cwmp.message.RebootResponse;
import org.homegw.cwmp.message.ScheduleInform;
import org.homegw.cwmp.message.ScheduleInformResponse;
import org.homegw.cwmp.client.internal.schedule.RetryPolicy;
import org.homegw.cwmp.client.internal.session.SessionStep;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.client.internal.testing.ManualTime;
import org.homegw.cwmp.client.internal.testing.MemoryCodec;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.TransferComplete;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CwmpAgentTest {

    private static final String URL = "http://127.0.0.1:9/acs";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-27T10:00:00Z"));
    private final FakeDataModel model = FakeDataModel.device();
    private final List<SessionExecutor.Plan> plans = new ArrayList<>();
    private final List<Instant> startedAt = new ArrayList<>();
    private final Deque<Function<SessionExecutor.Plan, SessionExecutor.Result>> script = new ArrayDeque<>();
    private final List<String> deviceActions = new ArrayList<>();
    private EventStore store;
    private RequestQueue queue;
    private CwmpAgent agent;

    @Before
    public void setUp() {
        model.put("Device.ManagementServer.URL", URL, "string", true);
        model.put("Device.ManagementServer.EnableCWMP", "true", "boolean", true);
        model.put("Device.ManagementServer.PeriodicInformEnable", "false", "boolean", true);
        model.put("Device.ManagementServer.DefaultActiveNotificationThrottle", "0", "unsignedInt", true);
        newAgent();
    }

    private String bootId = "boot-0";

    /** A device restart: a new boot id. */
    private void newAgent() {
        newAgent("boot-" + java.util.UUID.randomUUID());
    }

    private void newAgent(String boot) {
        bootId = boot;
        store = EventStore.open(tmp.getRoot().toPath().resolve("events.properties"));
        queue = RequestQueue.open(tmp.getRoot().toPath().resolve("requests.properties"), new MemoryCodec());
        SessionExecutor executor = plan -> {
            plans.add(plan);
            startedAt.add(time.instant());
            Function<SessionExecutor.Plan, SessionExecutor.Result> next = script.poll();
            return next == null ? ok().apply(plan) : next.apply(plan);
        };
        DeviceActions device = new DeviceActions() {
            @Override
            public void reboot() {
                if (deviceActions.remove("fail-next")) {
                    throw new IllegalStateException("no launcher");
                }
                deviceActions.add("reboot");
            }

            @Override
            public void factoryReset() {
                deviceActions.add("factoryReset");
            }

            @Override
            public boolean factoryResetAvailable() {
                return true;
            }
        };
        agent = new CwmpAgent(model, store, queue, executor, new RetryPolicy(new SplittableRandom(7)), time, time,
                device, new CwmpAgent.Config(Duration.ofSeconds(30), Duration.ofSeconds(30), bootId),
                Runnable::run);
    }

    private static Function<SessionExecutor.Plan, SessionExecutor.Result> ok() {
        return ok(new SessionOrders());
    }

    private static Function<SessionExecutor.Plan, SessionExecutor.Result> ok(SessionOrders orders) {
        return plan -> {
            plan.listener().informAccepted(plan.offer());
            plan.requests().forEach(r -> plan.listener().requestAnswered(r, null));
            return new SessionExecutor.Result(new SessionStep.Completed(false), orders, plan.offer());
        };
    }

    private static Function<SessionExecutor.Plan, SessionExecutor.Result> fail(Optional<Duration> retryAfter,
            boolean lowerVersion) {
        return plan -> new SessionExecutor.Result(new SessionStep.Failed("test", retryAfter, lowerVersion),
                new SessionOrders(), plan.offer());
    }

    private static List<String> codes(SessionExecutor.Plan p) {
        return p.inform().events().stream().map(EventStruct::eventCode).toList();
    }

    private SessionExecutor.Plan last() {
        return plans.get(plans.size() - 1);
    }

    @Test
    public void first_boot_informs_bootstrap_and_boot_once() {
        agent.start();
        time.runDue();
        assertEquals(1, plans.size());
        assertEquals(List.of("1 BOOT", "0 BOOTSTRAP"), codes(plans.get(0)));
        assertEquals(URL, plans.get(0).endpoint().url().toString());
        time.advance(Duration.ofHours(1));
        assertEquals(1, plans.size());
        assertTrue(store.isEmpty());
    }

    @Test
    public void active_notification_before_start_waits_for_the_boot_inform() {
        agent.activeNotification("Device.ManagementServer.ConnectionRequestURL");
        time.runDue();
        assertEquals("no session before start", 0, plans.size());
        agent.start();
        time.runDue();
        assertEquals(1, plans.size());
        // raised in this boot before start: kept by EventStore.start, delivered with the boot events
        assertEquals(List.of("4 VALUE CHANGE", "1 BOOT", "0 BOOTSTRAP"), codes(plans.get(0)));
    }

    @Test
    public void reactivation_within_the_same_boot_raises_no_second_boot_event() {
        newAgent("same-boot");
        agent.start();
        time.runDue();
        assertEquals(1, plans.size());
        newAgent("same-boot");
        agent.start();
        time.runDue();
        assertEquals("nothing pending, no session", 1, plans.size());
        newAgent("next-boot");
        agent.start();
        time.runDue();
        assertEquals(List.of("1 BOOT"), codes(last()));
    }

    @Test
    public void failed_sessions_follow_the_retry_table_and_report_retry_count() {
        for (int i = 0; i < 4; i++) {
            script.add(fail(Optional.empty(), false));
        }
        agent.start();
        time.advance(Duration.ofMinutes(10));
        assertEquals(5, plans.size());
        long[][] ranges = {{5, 10}, {10, 20}, {20, 40}, {40, 80}};
        for (int i = 0; i < ranges.length; i++) {
            long waited = Duration.between(startedAt.get(i), startedAt.get(i + 1)).toMillis();
            assertTrue("retry " + (i + 1) + " waited " + waited + " ms",
                    waited >= ranges[i][0] * 1000 && waited <= ranges[i][1] * 1000);
            assertEquals(i + 1, plans.get(i + 1).inform().retryCount());
        }
        assertEquals("events survive the failed sessions", List.of("1 BOOT", "0 BOOTSTRAP"), codes(last()));
        agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.PERIODIC)));
        time.runDue();
        assertEquals("retry count reset after success", 0, last().inform().retryCount());
    }

    @Test
    public void retry_after_from_a_503_is_honoured_even_with_new_events() {
        script.add(fail(Optional.of(Duration.ofSeconds(300)), false));
        agent.start();
        time.runDue();
        agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        time.advance(Duration.ofSeconds(299));
        assertEquals(1, plans.size());
        time.advance(Duration.ofSeconds(1));
        assertEquals(2, plans.size());
    }

    @Test
    public void connection_request_during_retry_wait_starts_at_once_and_is_never_retried() {
        script.add(fail(Optional.empty(), false));
        script.add(fail(Optional.empty(), false));
        agent.start();
        time.runDue();
        agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        time.runDue();
        assertEquals(2, plans.size());
        assertTrue(codes(last()).contains("6 CONNECTION REQUEST"));
        time.advance(Duration.ofSeconds(30));
        assertEquals(3, plans.size());
        assertFalse("6 CONNECTION REQUEST is dropped by a failed session", codes(last()).contains("6 CONNECTION REQUEST"));
    }

    @Test
    public void periodic_informs_are_phase_aligned_to_periodic_inform_time() {
        model.put("Device.ManagementServer.PeriodicInformEnable", "true", "boolean", true);
        model.put("Device.ManagementServer.PeriodicInformInterval", "600", "unsignedInt", true);
        model.put("Device.ManagementServer.PeriodicInformTime", "2026-01-01T00:05:00Z", "dateTime", true);
        agent.start();
        time.runDue();
        assertEquals(1, plans.size());
        time.advance(Duration.ofMinutes(5).minusMillis(1));
        assertEquals(1, plans.size());
        time.advance(Duration.ofMillis(1));
        assertEquals(2, plans.size());
        assertEquals(List.of("2 PERIODIC"), codes(last()));
        assertEquals("2026-11-27T10:05:00Z", last().inform().currentTime());
        time.advance(Duration.ofMinutes(10));
        assertEquals(3, plans.size());
    }

    @Test
    public void enable_cwmp_false_stops_sessions_until_enabled() {
        model.put("Device.ManagementServer.EnableCWMP", "false", "boolean", true);
        agent.start();
        time.advance(Duration.ofHours(1));
        assertEquals(0, plans.size());
        model.put("Device.ManagementServer.EnableCWMP", "true", "boolean", true);
        agent.settingsChanged();
        time.runDue();
        assertEquals(1, plans.size());
    }

    @Test
    public void connection_request_sessions_do_not_read_the_settings_again() {
        agent.start();
        time.runDue();
        long reads = urlReads();
        for (int i = 0; i < 3; i++) {
            agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
            time.runDue();
        }
        assertEquals(4, plans.size());
        assertEquals(reads, urlReads());
    }

    private long urlReads() {
        return model.pathsRead.stream().filter(p -> p.equals("Device.ManagementServer.URL")).count();
    }

    @Test
    public void a_settings_change_without_an_event_is_seen_at_the_next_poll() {
        agent.start();
        time.runDue();
        model.put("Device.ManagementServer.URL", "http://127.0.0.1:10/other", "string", true);
        time.advance(Duration.ofSeconds(30)); // the settings poll interval
        assertEquals(2, plans.size());
        assertEquals("http://127.0.0.1:10/other", last().endpoint().url().toString());
        assertEquals(List.of("0 BOOTSTRAP"), codes(last()));
    }

    @Test
    public void settings_the_acs_changed_in_a_session_apply_right_after_it() {
        agent.start();
        script.add(plan -> {
            plan.listener().informAccepted(plan.offer());
            plan.listener().acsRequestReceived();
            // the ACS's SetParameterValues; its change event would only arrive later
            model.put("Device.ManagementServer.URL", "http://127.0.0.1:10/other", "string", true);
            return new SessionExecutor.Result(new SessionStep.Completed(false), new SessionOrders(), plan.offer());
        });
        time.runDue();
        assertEquals(2, plans.size());
        assertEquals("http://127.0.0.1:10/other", last().endpoint().url().toString());
        assertEquals(List.of("0 BOOTSTRAP"), codes(last()));
    }

    @Test
    public void new_acs_url_is_used_next_session_with_bootstrap() {
        agent.start();
        time.runDue();
        model.put("Device.ManagementServer.URL", "http://127.0.0.1:10/other", "string", true);
        agent.settingsChanged();
        time.runDue();
        assertEquals(2, plans.size());
        assertEquals("http://127.0.0.1:10/other", last().endpoint().url().toString());
        assertEquals(List.of("0 BOOTSTRAP"), codes(last()));
    }

    @Test
    public void reboot_happens_after_clean_end_and_m_reboot_is_reported_after_restart() {
        SessionOrders orders = new SessionOrders();
        orders.reboot("rk-1");
        script.add(ok(orders));
        agent.start();
        time.runDue();
        assertEquals(List.of("reboot"), deviceActions);
        // the device restarts: new agent over the same state
        newAgent();
        agent.start();
        time.runDue();
        assertEquals(List.of("1 BOOT", "M Reboot"), codes(last()));
        assertEquals("rk-1", last().inform().events().get(1).commandKey());
    }

    /** kill -9: nothing after the point where it is thrown runs, in the agent or anywhere else. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A real session engine and dispatcher: the ACS sends {@code order}, the CPE's response goes out,
     * the ACS ends the session cleanly, and the gateway is killed before the agent hears the session end.
     */
    private Function<SessionExecutor.Plan, SessionExecutor.Result> acsOrdersThenKill(CwmpRequest order,
            Class<? extends CwmpMessage> response) {
        return plan -> {
            RpcDispatcher dispatcher = new RpcDispatcher(model, new RpcHandlers(RpcDispatcher.BUILT_IN), () -> false);
            SessionEngine engine = new SessionEngine(plan.inform(), plan.offer(), 30, plan.requests(), dispatcher,
                    plan.listener());
            engine.start();
            engine.onReply(AcsReplyContent.ok(Envelope.of(plan.offer(), "cpe-1", new InformResponse(1))));
            SessionStep answered = engine.onReply(AcsReplyContent.ok(Envelope.of(plan.offer(), "acs-1", order)));
            Outgoing.Plain sent = (Outgoing.Plain) ((SessionStep.Post) answered).envelopes().get(0);
            assertTrue(response.isInstance(sent.envelope().first()));
            assertTrue(engine.onReply(AcsReplyContent.empty()) instanceof SessionStep.Finished);
            throw new Killed();
        };
    }

    private void runUntilKilled() {
        try {
            time.runDue();
            org.junit.Assert.fail("the gateway was to be killed");
        } catch (Killed expected) {
            agent.stop(); // the old agent's memory is gone with the process
            time.runDue();
        }
    }

    @Test
    public void reboot_answered_just_before_a_kill_is_reported_after_the_restart() {
        script.add(acsOrdersThenKill(new Reboot("rk-kill"), RebootResponse.class));
        agent.start();
        runUntilKilled();
        assertTrue(deviceActions.isEmpty());
        newAgent();
        agent.start();
        time.runDue();
        assertEquals(List.of("1 BOOT", "M Reboot"), codes(last()));
        assertEquals("rk-kill", last().inform().events().get(1).commandKey());
        // reported once: the restart was the reboot, so no second one follows
        assertEquals(List.of(), deviceActions);
        time.advance(Duration.ofHours(1));
        assertEquals(List.of(), deviceActions);
    }

    @Test
    public void schedule_inform_answered_just_before_a_kill_still_fires_after_the_restart() {
        script.add(acsOrdersThenKill(new ScheduleInform(120, "sk-kill"), ScheduleInformResponse.class));
        agent.start();
        runUntilKilled();
        newAgent();
        agent.start();
        time.runDue();
        assertEquals(List.of("1 BOOT"), codes(last()));
        time.advance(Duration.ofSeconds(120));
        assertEquals(List.of("3 SCHEDULED", "M ScheduleInform"), codes(last()));
        assertEquals("sk-kill", last().inform().events().get(1).commandKey());
    }

    @Test
    public void a_schedule_inform_recorded_during_the_session_is_scheduled_once() {
        script.add(plan -> {
            plan.listener().informAccepted(plan.offer());
            SessionOrders orders = new SessionOrders();
            orders.scheduleInform(60, "once");
            plan.listener().informScheduled(60, "once");
            return new SessionExecutor.Result(new SessionStep.Completed(false), orders, plan.offer());
        });
        agent.start();
        time.runDue();
        time.advance(Duration.ofSeconds(60));
        assertEquals(List.of("3 SCHEDULED", "M ScheduleInform"), codes(last()));
        int sessions = plans.size();
        time.advance(Duration.ofHours(1));
        assertEquals(sessions, plans.size());
    }

    @Test
    public void reboot_ordered_in_a_failed_session_waits_for_a_clean_one() {
        SessionOrders orders = new SessionOrders();
        orders.reboot("rk");
        script.add(plan -> new SessionExecutor.Result(SessionStep.Failed.of("reset"), orders, plan.offer()));
        agent.start();
        time.runDue();
        assertTrue(deviceActions.isEmpty());
        time.advance(Duration.ofSeconds(10));
        assertEquals(2, plans.size());
        assertEquals(List.of("reboot"), deviceActions);
    }

    @Test
    public void schedule_inform_raises_scheduled_and_method_event_after_delay() {
        SessionOrders orders = new SessionOrders();
        orders.scheduleInform(120, "sk");
        script.add(ok(orders));
        agent.start();
        time.runDue();
        time.advance(Duration.ofSeconds(119));
        assertEquals(1, plans.size());
        time.advance(Duration.ofSeconds(1));
        assertEquals(List.of("3 SCHEDULED", "M ScheduleInform"), codes(last()));
    }

    @Test
    public void schedule_inform_timer_survives_a_restart() {
        SessionOrders orders = new SessionOrders();
        orders.scheduleInform(3600, "later");
        script.add(ok(orders));
        agent.start();
        time.runDue();
        time.advance(Duration.ofMinutes(10));
        newAgent();
        agent.start();
        time.runDue();
        assertEquals(List.of("1 BOOT"), codes(last()));
        time.advance(Duration.ofMinutes(50));
        assertEquals(List.of("3 SCHEDULED", "M ScheduleInform"), codes(last()));
        assertEquals("later", last().inform().events().get(1).commandKey());
    }

    @Test
    public void heartbeat_policy_raises_heartbeat_events_on_its_interval() {
        model.put("Device.ManagementServer.HeartbeatPolicy.Enable", "true", "boolean", true);
        model.put("Device.ManagementServer.HeartbeatPolicy.ReportingInterval", "60", "unsignedInt", true);
        model.put("Device.ManagementServer.HeartbeatPolicy.InitiationTime", "2026-11-27T09:59:30Z", "dateTime", true);
        agent.start();
        time.runDue();
        time.advance(Duration.ofSeconds(30));
        assertEquals(List.of("14 HEARTBEAT"), codes(last()));
        time.advance(Duration.ofSeconds(60));
        assertEquals(3, plans.size());
    }

    @Test
    public void active_notification_sessions_respect_the_throttle() {
        model.put("Device.ManagementServer.DefaultActiveNotificationThrottle", "60", "unsignedInt", true);
        agent.start();
        time.runDue();
        time.advance(Duration.ofSeconds(10));
        agent.activeNotification("Device.DeviceInfo.SoftwareVersion");
        time.runDue();
        assertEquals(1, plans.size());
        time.advance(Duration.ofSeconds(50));
        assertEquals(2, plans.size());
        assertEquals(List.of("4 VALUE CHANGE"), codes(last()));
    }

    @Test
    public void rejected_version_is_retried_at_once_one_namespace_lower() {
        script.add(fail(Optional.empty(), true));
        script.add(fail(Optional.empty(), true));
        agent.start();
        time.runDue();
        assertEquals(3, plans.size());
        assertEquals(List.of(CwmpVersion.V1_4, CwmpVersion.V1_1, CwmpVersion.V1_0),
                plans.stream().map(SessionExecutor.Plan::offer).toList());
        assertEquals(0, last().inform().retryCount());
    }

    @Test
    public void queued_transfer_complete_repeats_its_events_until_answered() {
        agent.start();
        time.runDue();
        script.add(plan -> {
            plan.listener().informAccepted(plan.offer());
            return new SessionExecutor.Result(new SessionStep.Completed(true), new SessionOrders(), plan.offer());
        });
        agent.queueRequest(new TransferComplete("dk", FaultStruct.NONE, "2026-11-27T09:00:00Z", "2026-11-27T09:01:00Z"),
                List.of(CwmpEvent.of(CwmpEvent.TRANSFER_COMPLETE), new CwmpEvent("M Download", "dk")));
        time.runDue();
        assertEquals(List.of("7 TRANSFER COMPLETE", "M Download"), codes(last()));
        assertEquals(1, last().requests().size());
        int before = plans.size();
        time.advance(Duration.ofSeconds(10));
        assertEquals("deferred request retried after the wait", before + 1, plans.size());
        assertEquals(List.of("7 TRANSFER COMPLETE", "M Download"), codes(last()));
        assertTrue(queue.isEmpty());
    }

    @Test
    public void invalid_event_codes_and_long_command_keys_are_refused() {
        agent.start();
        time.runDue();
        try {
            agent.requestSession(List.of(CwmpEvent.of("BOOT")));
            org.junit.Assert.fail("expected refusal");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("BOOT"));
        }
        try {
            agent.requestSession(List.of(new CwmpEvent("M Download", "k".repeat(33))));
            org.junit.Assert.fail("expected refusal");
        } catch (IllegalArgumentException expected) {
            assertTrue(store.isEmpty());
        }
    }

    @Test
    public void failing_reboot_leaves_the_agent_running() {
        SessionOrders orders = new SessionOrders();
        orders.reboot("rk");
        script.add(ok(orders));
        deviceActions.add("fail-next");
        agent.start();
        time.runDue();
        agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        time.runDue();
        assertEquals(2, plans.size());
    }

    @Test
    public void a_crashing_session_counts_as_failed_and_is_retried() {
        script.add(plan -> {
            throw new IllegalStateException("bug");
        });
        agent.start();
        time.runDue();
        assertEquals(1, plans.size());
        time.advance(Duration.ofSeconds(10));
        assertEquals(2, plans.size());
        assertEquals(1, last().inform().retryCount());
    }

    @Test
    public void factory_reset_wipes_state_and_next_contact_bootstraps() {
        SessionOrders orders = new SessionOrders();
        orders.factoryReset();
        agent.start();
        time.runDue();
        script.add(ok(orders));
        agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        time.runDue();
        assertEquals(List.of("factoryReset"), deviceActions);
        newAgent();
        agent.start();
        time.runDue();
        assertEquals(List.of("1 BOOT", "0 BOOTSTRAP"), codes(last()));
    }
}
