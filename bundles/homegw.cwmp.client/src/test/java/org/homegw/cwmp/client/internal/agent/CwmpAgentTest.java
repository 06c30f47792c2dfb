package org.homegw.cwmp.client.internal.agent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.event.EventStore;
import org.homegw.cwmp.client.internal.rpc.SessionOrders;
import org.homegw.cwmp.client.internal.session.SessionStep;
import org.homegw.cwmp.message.CwmpVersion;
import org.junit.Test;

/** When sessions run: boot events, retries, settings, timed events, throttling, versions. */
public class CwmpAgentTest extends AgentTestBase {

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
}
