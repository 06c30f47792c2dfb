package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.ScheduleInform;
import org.homegw.cwmp.message.ScheduleInformResponse;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.fault.FaultAction;
import org.homegw.labacs.fault.FaultRule;
import org.homegw.labacs.fault.FaultStage;
import org.junit.Rule;
import org.junit.Test;

/** Restarts of the gateway process over the same state directory: clean (SIGTERM) and kill -9. */
public class LifecycleIT {

    @Rule
    public final E2eGateway gw = E2eGateway.standard();

    @Test
    public void restart_informs_boot_without_bootstrap_and_keeps_the_values() {
        gw.rpc1(new SetParameterValues(List.of(new ParameterValueStruct("Device.DeviceInfo.ProvisioningCode",
                "kept.over.restart", "string")), "k-restart")).response(SetParameterValuesResponse.class);
        String serial = gw.device();

        assertEquals("exit code after SIGTERM; output:\n" + gw.output(), 0, gw.stop());
        long mark = gw.acs().mark();
        gw.start();
        LogEntry.InformReceived boot = gw.awaitInform(mark, i -> true);
        assertTrue(boot.hasEvent("1 BOOT"));
        assertFalse(boot.hasEvent("0 BOOTSTRAP"));
        assertEquals(serial, boot.inform().deviceId().serialNumber());
        assertEquals("kept.over.restart", boot.parameter("DeviceInfo.ProvisioningCode").orElseThrow());
        assertEquals("k-restart", boot.parameter("ManagementServer.ParameterKey").orElseThrow());
        gw.awaitReadyAfter(mark);

        Map<String, String> values = CwmpRpcIT.values(gw.rpc1(new GetParameterValues(
                List.of("Device.DeviceInfo.ProvisioningCode"))).response(GetParameterValuesResponse.class));
        assertEquals("kept.over.restart", values.get("Device.DeviceInfo.ProvisioningCode"));
    }

    @Test
    public void kill_9_in_the_middle_of_a_session_delivers_boot_and_the_pending_events_after_restart() {
        gw.rpc1(new ScheduleInform(1, "e2e-kill")).response(ScheduleInformResponse.class);
        // the scheduled session's Inform reaches the ACS, which never answers it: the gateway is killed mid-session
        long mark = gw.acs().mark();
        gw.acs().injectFault(new FaultRule(gw.device(), FaultStage.INFORM, new FaultAction.Hang(), 1));
        gw.acs().await(LogEntry.FaultInjected.class, gw.device(), mark, f -> true, E2eGateway.TIMEOUT);
        gw.kill();

        mark = gw.acs().mark();
        gw.start();
        LogEntry.InformReceived boot = gw.awaitInform(mark, i -> true);
        assertTrue(boot.inform().events().toString(), boot.hasEvent("1 BOOT"));
        assertTrue(boot.inform().events().toString(), boot.hasEvent("3 SCHEDULED"));
        assertEquals("e2e-kill", boot.commandKey("M ScheduleInform").orElseThrow());
        assertFalse(boot.hasEvent("0 BOOTSTRAP"));
        gw.awaitReadyAfter(mark);
        // delivered once: no later Inform repeats the scheduled event
        gw.rpc();
        assertEquals(1, gw.acs().log(gw.device(), LogEntry.InformReceived.class).stream()
                .filter(i -> i.hasEvent("M ScheduleInform")).count());
    }
}
