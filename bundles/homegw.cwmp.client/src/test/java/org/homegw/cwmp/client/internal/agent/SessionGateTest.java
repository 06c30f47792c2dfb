package org.homegw.cwmp.client.internal.agent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

import org.junit.Test;

public class SessionGateTest {

    private final List<Runnable> handedOver = new ArrayList<>();
    private final List<String> ran = new ArrayList<>();
    private final SessionGate gate = new SessionGate(handedOver::add);

    @Test
    public void reboot_asked_for_before_a_session_starts_keeps_it_from_starting() {
        gate.requestReboot("firmware switch");
        assertEquals(Optional.of("firmware switch"), gate.sessionStarting());
        assertEquals("taken once", Optional.empty(), gate.takeRebootNow());
    }

    @Test
    public void reboot_asked_for_during_a_session_is_answered_at_its_end_only() {
        assertEquals(Optional.empty(), gate.sessionStarting());
        gate.requestReboot("firmware switch");
        assertEquals(Optional.empty(), gate.takeRebootNow());
        assertEquals(Optional.of("firmware switch"), gate.sessionEnded());
        assertEquals(Optional.empty(), gate.sessionEnded());
    }

    @Test
    public void a_blank_reason_still_reboots() {
        gate.requestReboot(" ");
        assertTrue(gate.takeRebootNow().isPresent());
    }

    @Test
    public void actions_wait_for_the_end_in_the_order_asked() {
        gate.sessionStarting();
        gate.afterSession(() -> ran.add("a"));
        gate.afterSession(() -> ran.add("b"));
        assertTrue(handedOver.isEmpty());
        gate.sessionEnded();
        handedOver.forEach(Runnable::run);
        assertEquals(List.of("a", "b"), ran);
    }

    @Test
    public void a_stopped_action_thread_runs_the_action_on_the_caller() {
        SessionGate stopped = new SessionGate(r -> {
            throw new RejectedExecutionException("shut down");
        });
        stopped.afterSession(() -> ran.add("a"));
        assertEquals(List.of("a"), ran);
    }
}
