package org.homegw.cwmp.client.internal.agent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.homegw.cwmp.client.internal.schedule.PeriodicSchedule;
import org.homegw.cwmp.client.internal.schedule.RetryPolicy;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.junit.Test;

public class ManagementServerSettingsTest {

    private static final String MS = "Device.ManagementServer.";

    private static FakeDataModel fullModel() {
        FakeDataModel m = FakeDataModel.device();
        m.put(MS + "EnableCWMP", "true", "boolean", true)
                .put(MS + "URL", " http://acs.example/cwmp ", "string", true)
                .put(MS + "Username", "cpe", "string", true)
                .put(MS + "Password", "secret", "string", true)
                .put(MS + "PeriodicInformTime", "2026-01-01T03:00:00Z", "dateTime", true)
                .put(MS + "CWMPRetryMinimumWaitInterval", "7", "unsignedInt", true)
                .put(MS + "CWMPRetryIntervalMultiplier", "3000", "unsignedInt", true)
                .put(MS + "DefaultActiveNotificationThrottle", "20", "unsignedInt", true)
                .put(MS + "HTTPCompression", "GZIP", "string", true)
                .put(MS + "HeartbeatPolicy.Enable", "1", "boolean", true)
                .put(MS + "HeartbeatPolicy.ReportingInterval", "120", "unsignedInt", true)
                .put(MS + "HeartbeatPolicy.InitiationTime", "0001-01-01T00:00:00Z", "dateTime", true);
        return m;
    }

    @Test
    public void reads_every_setting_in_one_batched_call_and_the_password_alone() {
        FakeDataModel m = fullModel();
        ManagementServerSettings s = ManagementServerSettings.read(m);
        assertEquals(1, m.getValuesCalls);
        assertEquals("only the Password (getValues masks it)", 1, m.getValueCalls);
        assertEquals(new ManagementServerSettings(true, "http://acs.example/cwmp", "cpe", "secret", true,
                Duration.ofSeconds(300), Instant.parse("2026-01-01T03:00:00Z"), 7, 3000, Duration.ofSeconds(20),
                true, true, Duration.ofSeconds(120), PeriodicSchedule.UNKNOWN_TIME), s);
    }

    @Test
    public void missing_parameters_fall_back_to_their_defaults() {
        FakeDataModel m = FakeDataModel.device();
        ManagementServerSettings s = ManagementServerSettings.read(m);
        assertTrue(s.enableCwmp());
        assertEquals("", s.url());
        assertEquals("", s.password());
        assertEquals(RetryPolicy.DEFAULT_MIN_WAIT_SECONDS, s.retryMinimumWaitInterval());
        assertEquals(RetryPolicy.DEFAULT_MULTIPLIER, s.retryIntervalMultiplier());
        assertFalse(s.gzip());
        assertFalse(s.heartbeatEnable());
        assertEquals(Duration.ofSeconds(86400), s.heartbeatInterval());
        assertEquals(PeriodicSchedule.UNKNOWN_TIME, s.periodicTime());
        assertEquals("the present ones are still read", Duration.ofSeconds(300), s.periodicInterval());
    }

    @Test
    public void malformed_values_in_a_batched_read_fall_back_to_their_defaults() {
        FakeDataModel m = fullModel();
        m.put(MS + "CWMPRetryMinimumWaitInterval", "soon", "unsignedInt", true)
                .put(MS + "EnableCWMP", "maybe", "boolean", true)
                .put(MS + "PeriodicInformTime", "tomorrow", "dateTime", true)
                .put(MS + "HeartbeatPolicy.ReportingInterval", "5", "unsignedInt", true);
        ManagementServerSettings s = ManagementServerSettings.read(m);
        assertEquals(1, m.getValuesCalls);
        assertEquals(RetryPolicy.DEFAULT_MIN_WAIT_SECONDS, s.retryMinimumWaitInterval());
        assertTrue(s.enableCwmp());
        assertEquals(PeriodicSchedule.UNKNOWN_TIME, s.periodicTime());
        assertEquals("at least 30 s", Duration.ofSeconds(30), s.heartbeatInterval());
    }
}
