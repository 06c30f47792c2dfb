package org.homegw.cwmp.client.internal.agent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

public class ExecutorAgentSchedulerTest {

    @Test
    public void close_drops_pending_wake_ups_instead_of_waiting_for_them() {
        ExecutorAgentScheduler s = new ExecutorAgentScheduler("test-agent");
        AtomicInteger ran = new AtomicInteger();
        s.schedule(Duration.ofHours(1), ran::incrementAndGet);
        assertTrue("terminated within the grace period", s.close(Duration.ofSeconds(30)));
        assertEquals(0, ran.get());
    }

    @Test
    public void a_failing_task_does_not_kill_the_thread() throws Exception {
        ExecutorAgentScheduler s = new ExecutorAgentScheduler("test-agent");
        try {
            s.schedule(Duration.ZERO, () -> {
                throw new IllegalStateException("boom");
            });
            CountDownLatch next = new CountDownLatch(1);
            s.schedule(Duration.ZERO, next::countDown);
            assertTrue(next.await(10, TimeUnit.SECONDS));
        } finally {
            s.close(Duration.ofSeconds(10));
        }
    }

    @Test
    public void cancelled_tasks_do_not_run() throws Exception {
        ExecutorAgentScheduler s = new ExecutorAgentScheduler("test-agent");
        try {
            AtomicInteger ran = new AtomicInteger();
            // a wide margin: on a loaded CI machine the cancel must still come before the task is due
            s.schedule(Duration.ofMillis(500), ran::incrementAndGet).cancel();
            CountDownLatch later = new CountDownLatch(1);
            s.schedule(Duration.ofMillis(1000), later::countDown);
            assertTrue(later.await(10, TimeUnit.SECONDS));
            assertEquals(0, ran.get());
        } finally {
            s.close(Duration.ofSeconds(10));
        }
    }
}
