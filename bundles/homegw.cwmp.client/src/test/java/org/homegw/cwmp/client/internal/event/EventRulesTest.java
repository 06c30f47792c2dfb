package org.homegw.cwmp.client.internal.event;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.homegw.cwmp.api.CwmpEvent;
import org.junit.Test;

public class EventRulesTest {

    @Test
    public void accepts_the_three_event_code_shapes() {
        assertTrue(EventRules.isValidCode("6 CONNECTION REQUEST"));
        assertTrue(EventRules.isValidCode("M Reboot"));
        assertTrue(EventRules.isValidCode("X 00D09E WIFI RESCAN"));
    }

    @Test
    public void rejects_malformed_or_too_long_event_codes() {
        assertFalse(EventRules.isValidCode(""));
        assertFalse(EventRules.isValidCode("6"));
        assertFalse(EventRules.isValidCode("M Reboot now"));
        assertFalse(EventRules.isValidCode("X 00D09E"));
        assertFalse(EventRules.isValidCode("CONNECTION REQUEST"));
        assertFalse(EventRules.isValidCode("6 " + "A".repeat(63)));
    }

    @Test
    public void only_never_retried_events_that_a_restart_drops_live_in_memory_only() {
        assertTrue(EventRules.onlyForThisRun(CwmpEvent.CONNECTION_REQUEST));
        assertTrue(EventRules.onlyForThisRun(CwmpEvent.HEARTBEAT));
        assertFalse("retried after a failed session", EventRules.onlyForThisRun(CwmpEvent.VALUE_CHANGE));
        assertFalse(EventRules.onlyForThisRun(CwmpEvent.PERIODIC));
        assertFalse(EventRules.onlyForThisRun("M Download"));
    }
}
