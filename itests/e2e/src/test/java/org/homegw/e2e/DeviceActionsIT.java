package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.util.List;

import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.Reboot;
import org.homegw.cwmp.message.RebootResponse;
import org.homegw.cwmp.message.ScheduleInform;
import org.homegw.cwmp.message.ScheduleInformResponse;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.labacs.LogEntry;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * What the ACS orders the device to do and the events that report it, through the real distribution:
 * ScheduleInform, Reboot, a new ManagementServer.URL. One gateway serves the class; each test leaves it
 * idle and reachable. (FactoryReset wipes the state: {@link FactoryResetIT} has a gateway of its own.)
 */
public class DeviceActionsIT {

    @ClassRule
    public static final E2eGateway GW = E2eGateway.standard();

    private static List<String> codes(LogEntry.InformReceived i) {
        return i.inform().events().stream().map(EventStruct::eventCode).sorted().toList();
    }

    @Test
    public void schedule_inform_brings_scheduled_and_m_schedule_inform_after_the_delay() {
        GW.rpc1(new ScheduleInform(1, "si-e2e")).response(ScheduleInformResponse.class);
        long mark = GW.acs().mark();
        LogEntry.InformReceived scheduled = GW.awaitInform(mark, i -> i.hasEvent("3 SCHEDULED"));
        assertEquals(List.of("3 SCHEDULED", "M ScheduleInform"), codes(scheduled));
        assertEquals("si-e2e", scheduled.commandKey("M ScheduleInform").orElseThrow());
        GW.awaitIdle(java.time.Duration.ofMillis(500));
    }

    @Test
    public void reboot_comes_back_with_m_reboot_and_boot_but_no_bootstrap() {
        long mark = GW.acs().mark();
        GW.rpc1(new Reboot("rb-e2e")).response(RebootResponse.class);
        LogEntry.InformReceived boot = GW.awaitInform(mark, i -> i.hasEvent("1 BOOT"));
        long bootMark = boot.seq() - 1;
        assertTrue(codes(boot).toString(), codes(boot).containsAll(List.of("1 BOOT", "M Reboot")));
        assertFalse(boot.hasEvent("0 BOOTSTRAP"));
        assertEquals("rb-e2e", boot.commandKey("M Reboot").orElseThrow());
        assertTrue("the gateway process restarted its framework, it did not exit", GW.process().isAlive());
        GW.awaitReadyAfter(bootMark);
        assertEquals("M Reboot is delivered once", 1, GW.acs().log(GW.device(), LogEntry.InformReceived.class)
                .stream().filter(i -> i.seq() > mark && i.hasEvent("M Reboot")).count());
    }

    @Test
    public void a_new_acs_url_is_used_from_the_next_session_with_bootstrap() {
        URI moved = GW.acs().url().resolve("/acs/moved");
        long mark = GW.acs().mark();
        GW.rpc1(new SetParameterValues(List.of(new ParameterValueStruct("Device.ManagementServer.URL",
                moved.toString(), "string")), "url-e2e")).response(SetParameterValuesResponse.class);
        try {
            // the ACS's own session ends cleanly; the URL change alone opens the next one, at the new URL
            LogEntry.InformReceived next = GW.awaitInform(mark, i -> i.hasEvent("0 BOOTSTRAP"));
            LogEntry.PostServed informPost = GW.acs().await(LogEntry.PostServed.class, GW.device(), next.seq(),
                    p -> p.sessionId().equals(next.sessionId()), E2eGateway.TIMEOUT);
            assertEquals(moved.getPath(), informPost.path());
            GW.awaitIdle(java.time.Duration.ofMillis(500));
            long after = GW.acs().mark();
            GW.rpc();
            LogEntry.InformReceived again = GW.awaitInform(after, i -> true);
            assertFalse("BOOTSTRAP once per URL", again.hasEvent("0 BOOTSTRAP"));
            assertTrue(GW.acs().log(GW.device(), LogEntry.PostServed.class).stream()
                    .filter(p -> p.sessionId().equals(again.sessionId())).allMatch(p -> p.path().equals(moved.getPath())));
        } finally {
            GW.rpc1(new SetParameterValues(List.of(new ParameterValueStruct("Device.ManagementServer.URL",
                    GW.acs().url().toString(), "string")), "url-back"));
            GW.awaitIdle(java.time.Duration.ofMillis(500));
        }
    }
}
