package org.homegw.cwmp.client.internal.agent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.rpc.SessionOrders;
import org.homegw.cwmp.client.internal.session.AcsReplyContent;
import org.homegw.cwmp.client.internal.session.Outgoing;
import org.homegw.cwmp.client.internal.session.SessionEngine;
import org.homegw.cwmp.client.internal.session.SessionStep;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.InformResponse;
import org.homegw.cwmp.message.Reboot;
import org.homegw.cwmp.message.RebootResponse;
import org.homegw.cwmp.message.ScheduleInform;
import org.homegw.cwmp.message.ScheduleInformResponse;
import org.homegw.cwmp.message.TransferComplete;
import org.junit.Test;

/** What the ACS orders for after a session (Reboot, ScheduleInform, FactoryReset), across kills and failures. */
public class AgentOrdersTest extends AgentTestBase {

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
