package org.homegw.cwmp.client.internal.agent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.event.EventStore;
import org.homegw.cwmp.client.internal.rpc.SessionOrders;
import org.homegw.cwmp.client.internal.schedule.RetryPolicy;
import org.homegw.cwmp.client.internal.session.SessionStep;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.client.internal.testing.ManualTime;
import org.homegw.cwmp.client.internal.testing.MemoryCodec;
import org.homegw.cwmp.message.EventStruct;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * SessionLifecycle through the agent on a fake clock: after-session actions and bundle reboots
 * wait for the running session (a reboot for its clean end) and happen at once when none runs.
 */
public class SessionLifecycleTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-27T10:00:00Z"));
    private final FakeDataModel model = FakeDataModel.device();
    private final List<SessionExecutor.Plan> plans = new ArrayList<>();
    private final Deque<Function<SessionExecutor.Plan, SessionExecutor.Result>> script = new ArrayDeque<>();
    /** What the agent handed to the after-session thread, not yet run. */
    private final List<Runnable> handedOver = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private CwmpAgent agent;

    @Before
    public void setUp() {
        model.put("Device.ManagementServer.URL", "http://127.0.0.1:9/acs", "string", true);
        model.put("Device.ManagementServer.EnableCWMP", "true", "boolean", true);
        model.put("Device.ManagementServer.PeriodicInformEnable", "false", "boolean", true);
        newAgent();
        agent.start();
        time.runDue();
        assertEquals("boot session", 1, plans.size());
        log.clear();
    }

    private void newAgent() {
        EventStore store = EventStore.open(tmp.getRoot().toPath().resolve("events.properties"));
        RequestQueue queue = RequestQueue.open(tmp.getRoot().toPath().resolve("requests.properties"), new MemoryCodec());
        SessionExecutor executor = plan -> {
            plans.add(plan);
            log.add("session");
            Function<SessionExecutor.Plan, SessionExecutor.Result> next = script.poll();
            SessionExecutor.Result r = next == null ? ok(plan) : next.apply(plan);
            log.add("session end");
            return r;
        };
        DeviceActions device = new DeviceActions() {
            @Override
            public void reboot() {
                log.add("reboot");
            }

            @Override
            public void factoryReset() {
                log.add("factoryReset");
            }

            @Override
            public boolean factoryResetAvailable() {
                return true;
            }
        };
        agent = new CwmpAgent(model, store, queue, executor, new RetryPolicy(new SplittableRandom(7)), time, time,
                device, new CwmpAgent.Config(Duration.ofSeconds(30), Duration.ofSeconds(30), "boot-" + plans.size()),
                handedOver::add);
    }

    private static SessionExecutor.Result ok(SessionExecutor.Plan plan) {
        plan.listener().informAccepted(plan.offer());
        return new SessionExecutor.Result(new SessionStep.Completed(false), new SessionOrders(), plan.offer());
    }

    private static SessionExecutor.Result failed(SessionExecutor.Plan plan) {
        return new SessionExecutor.Result(SessionStep.Failed.of("connection reset"), new SessionOrders(), plan.offer());
    }

    /** A session in which the ACS's request makes a bundle call {@code during}. */
    private void sessionCalling(Runnable during, Function<SessionExecutor.Plan, SessionExecutor.Result> outcome) {
        script.add(plan -> {
            during.run();
            log.add("handed over during the session: " + handedOver.size());
            return outcome.apply(plan);
        });
        agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        time.runDue();
    }

    private void runHandedOver() {
        List<Runnable> now = List.copyOf(handedOver);
        handedOver.clear();
        now.forEach(Runnable::run);
    }

    @Test
    public void action_asked_for_during_a_session_is_handed_over_only_after_it_ends() {
        sessionCalling(() -> agent.afterSession(() -> log.add("diagnostic")), SessionLifecycleTest::ok);
        assertEquals(List.of("session", "handed over during the session: 0", "session end"), log);
        assertEquals(1, handedOver.size());
        runHandedOver();
        assertEquals("diagnostic", log.get(log.size() - 1));
    }

    @Test
    public void action_asked_for_during_a_failed_session_still_runs_after_it() {
        sessionCalling(() -> agent.afterSession(() -> log.add("diagnostic")), SessionLifecycleTest::failed);
        runHandedOver();
        assertEquals(List.of("session", "handed over during the session: 0", "session end", "diagnostic"), log);
    }

    @Test
    public void action_asked_for_with_no_session_running_is_handed_over_at_once() {
        agent.afterSession(() -> log.add("diagnostic"));
        assertEquals("not even the agent's thread has to run", 1, handedOver.size());
        runHandedOver();
        assertEquals(List.of("diagnostic"), log);
    }

    @Test
    public void a_failing_action_does_not_reach_the_agent() {
        agent.afterSession(() -> {
            throw new IllegalStateException("bug in a bundle");
        });
        runHandedOver();
        agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        time.runDue();
        assertEquals(2, plans.size());
    }

    @Test
    public void reboot_with_no_session_running_happens_at_once_and_before_any_new_session() {
        agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.VALUE_CHANGE)));
        agent.rebootAfterSession("firmware switch");
        time.runDue();
        assertEquals(List.of("reboot"), log);
        assertEquals("no session was started", 1, plans.size());
    }

    @Test
    public void reboot_asked_for_during_a_session_waits_for_its_clean_end_without_m_reboot() {
        sessionCalling(() -> agent.rebootAfterSession("firmware switch"), SessionLifecycleTest::ok);
        assertEquals(List.of("session", "handed over during the session: 0", "session end", "reboot"), log);
        assertEquals(2, plans.size());
        // the restart: 1 BOOT only (M Reboot is for the ACS's Reboot RPC)
        newAgent();
        agent.start();
        time.runDue();
        assertEquals(List.of("1 BOOT"), plans.get(plans.size() - 1).inform().events().stream()
                .map(EventStruct::eventCode).toList());
    }

    @Test
    public void reboot_asked_for_during_a_failed_session_waits_for_a_clean_retry() {
        sessionCalling(() -> agent.rebootAfterSession("firmware switch"), SessionLifecycleTest::failed);
        assertTrue(log.toString(), !log.contains("reboot"));
        time.advance(Duration.ofSeconds(10)); // within the first retry range (5-10 s)
        assertEquals("the pending reboot alone is worth a retry", 3, plans.size());
        assertEquals("reboot", log.get(log.size() - 1));
        assertEquals(List.of("session end", "reboot"), log.subList(log.size() - 2, log.size()));
    }

    @Test
    public void reboot_waiting_for_a_clean_end_does_not_wait_once_sessions_are_disabled() {
        sessionCalling(() -> agent.rebootAfterSession("firmware switch"), SessionLifecycleTest::failed);
        model.put("Device.ManagementServer.EnableCWMP", "false", "boolean", true);
        agent.settingsChanged();
        time.runDue();
        assertEquals("reboot", log.get(log.size() - 1));
        assertEquals(2, plans.size());
    }

    @Test
    public void acs_reboot_still_pending_is_reported_after_a_bundle_reboot() {
        SessionOrders orders = new SessionOrders();
        orders.reboot("rk-9");
        script.add(plan -> new SessionExecutor.Result(SessionStep.Failed.of("reset"), orders, plan.offer()));
        agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        time.runDue();
        agent.rebootAfterSession("firmware switch");
        time.runDue();
        assertEquals("reboot", log.get(log.size() - 1));
        newAgent();
        agent.start();
        time.runDue();
        SessionExecutor.Plan boot = plans.get(plans.size() - 1);
        assertTrue(boot.inform().events().stream().anyMatch(e -> e.eventCode().equals("M Reboot")
                && e.commandKey().equals("rk-9")));
    }
}
