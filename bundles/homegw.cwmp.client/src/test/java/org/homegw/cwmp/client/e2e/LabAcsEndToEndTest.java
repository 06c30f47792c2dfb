package org.homegw.cwmp.client.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.GetParameterNamesResponse;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.GetRPCMethods;
import org.homegw.cwmp.message.GetRPCMethodsResponse;
import org.homegw.cwmp.message.ParameterInfoStruct;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesFault;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LabAcsConfig;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;
import org.homegw.labacs.auth.AuthPolicy;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The client (real codec and HTTP, test data model, manual clock) against the project's lab ACS. */
public class LabAcsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String DEVICE = "SN0001";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private LabAcs acs;
    private ClientStack cpe;

    private void start(LabAcsConfig.Builder config) throws Exception {
        acs = LabAcs.start(config.deviceAuth(AuthPolicy.digest("cpe", "secret")).build());
        cpe = new ClientStack(tmp.getRoot().toPath(), acs.url().toString());
    }

    @After
    public void tearDown() {
        if (acs != null) {
            acs.close();
        }
    }

    private void session() {
        cpe.agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        cpe.time.runDue();
    }

    @Test
    public void boot_inform_then_queued_gpv_and_spv_over_digest() throws Exception {
        start(LabAcsConfig.builder());
        PendingRpc gpv = acs.queue(DEVICE, new GetParameterValues(List.of("Device.DeviceInfo.")));
        PendingRpc spv = acs.queue(DEVICE, new SetParameterValues(List.of(new ParameterValueStruct(
                "Device.ManagementServer.PeriodicInformInterval", "900", "unsignedInt")), "lab-1"));
        cpe.agent.start();
        cpe.time.runDue();
        LogEntry.InformReceived boot = acs.awaitInform(DEVICE, WAIT);
        assertTrue(boot.hasEvent("1 BOOT") && boot.hasEvent("0 BOOTSTRAP"));
        GetParameterValuesResponse values = acs.awaitResponse(gpv, WAIT).response(GetParameterValuesResponse.class);
        assertTrue(values.parameterList().contains(new ParameterValueStruct("Device.DeviceInfo.SerialNumber", "SN0001", "string")));
        assertEquals(new SetParameterValuesResponse(0), acs.awaitResponse(spv, WAIT).response(SetParameterValuesResponse.class));
        assertEquals("900", cpe.model.valueOf("Device.ManagementServer.PeriodicInformInterval"));
        assertEquals("lab-1", cpe.model.parameterKey);
        assertTrue(cpe.events.isEmpty());
    }

    @Test
    public void set_with_several_bad_parameters_reports_each_and_applies_nothing() throws Exception {
        start(LabAcsConfig.builder());
        cpe.agent.start();
        cpe.time.runDue();
        PendingRpc spv = acs.queue(DEVICE, new SetParameterValues(List.of(
                new ParameterValueStruct("Device.ManagementServer.PeriodicInformInterval", "60", "unsignedInt"),
                new ParameterValueStruct("Device.DeviceInfo.SerialNumber", "X", "string"),
                new ParameterValueStruct("Device.ManagementServer.PeriodicInformEnable", "true", "boolean"),
                new ParameterValueStruct("Device.No.Such", "1", "string")), "bad"));
        session();
        FaultMessage fault = acs.awaitResponse(spv, WAIT).fault();
        assertEquals(9003, fault.faultCode());
        assertEquals(List.of("Device.DeviceInfo.SerialNumber", "Device.No.Such"),
                fault.setParameterValuesFaults().stream().map(SetParameterValuesFault::parameterName).toList());
        assertEquals("300", cpe.model.valueOf("Device.ManagementServer.PeriodicInformInterval"));
    }

    @Test
    public void get_parameter_names_with_empty_path_next_level_true_and_false() throws Exception {
        start(LabAcsConfig.builder());
        cpe.agent.start();
        cpe.time.runDue();
        PendingRpc top = acs.queue(DEVICE, new GetParameterNames("", true));
        PendingRpc all = acs.queue(DEVICE, new GetParameterNames("", false));
        session();
        List<String> topNames = acs.awaitResponse(top, WAIT).response(GetParameterNamesResponse.class)
                .parameterList().stream().map(ParameterInfoStruct::name).toList();
        assertEquals("the empty path with NextLevel true names the root object", List.of("Device."), topNames);
        List<ParameterInfoStruct> allNames = acs.awaitResponse(all, WAIT).response(GetParameterNamesResponse.class)
                .parameterList();
        assertTrue(allNames.contains(new ParameterInfoStruct("Device.ManagementServer.PeriodicInformInterval", true)));
        assertTrue(allNames.contains(new ParameterInfoStruct("Device.DeviceInfo.SerialNumber", false)));
        assertTrue(allNames.contains(new ParameterInfoStruct("Device.DeviceInfo.", false)));
    }

    @Test
    public void acs_speaking_only_cwmp_1_0() throws Exception {
        start(LabAcsConfig.builder().onlyCwmp10());
        PendingRpc methods = acs.queue(DEVICE, new GetRPCMethods());
        cpe.agent.start();
        cpe.time.runDue();
        assertTrue(acs.awaitResponse(methods, WAIT).response(GetRPCMethodsResponse.class).methodList()
                .contains("GetParameterValues"));
        assertTrue(cpe.events.isEmpty());
        assertEquals(CwmpVersion.V1_0, acs.awaitInform(DEVICE, i -> true, WAIT).version());
    }

    @Test
    public void schedule_inform_comes_back_after_its_delay() throws Exception {
        start(LabAcsConfig.builder());
        PendingRpc si = acs.queue(DEVICE, new org.homegw.cwmp.message.ScheduleInform(300, "later"));
        cpe.agent.start();
        cpe.time.runDue();
        acs.awaitResponse(si, WAIT);
        long mark = acs.mark();
        cpe.time.advance(Duration.ofSeconds(299));
        assertTrue(acs.log(DEVICE, LogEntry.InformReceived.class).size() == 1);
        cpe.time.advance(Duration.ofSeconds(1));
        LogEntry.InformReceived scheduled = acs.awaitInform(DEVICE, mark, i -> i.hasEvent("3 SCHEDULED"), WAIT);
        assertTrue(scheduled.hasEvent("M ScheduleInform"));
    }

    @Test
    public void reboot_waits_for_the_session_end_and_reports_m_reboot_after_restart() throws Exception {
        start(LabAcsConfig.builder());
        PendingRpc reboot = acs.queue(DEVICE, new org.homegw.cwmp.message.Reboot("rb-7"));
        PendingRpc after = acs.queue(DEVICE, new GetRPCMethods());
        cpe.agent.start();
        cpe.time.runDue();
        acs.awaitResponse(reboot, WAIT);
        acs.awaitResponse(after, WAIT);
        assertEquals("rebooted once, after the session", 1, cpe.reboots);
        ClientStack restarted = new ClientStack(tmp.getRoot().toPath(), acs.url().toString());
        long mark = acs.mark();
        restarted.agent.start();
        restarted.time.runDue();
        LogEntry.InformReceived boot = acs.awaitInform(DEVICE, mark, i -> i.hasEvent("1 BOOT"), WAIT);
        assertTrue(boot.hasEvent("M Reboot"));
        assertTrue(!boot.hasEvent("0 BOOTSTRAP"));
    }

    @Test
    public void hold_requests_from_the_lab_acs_is_honoured() throws Exception {
        start(LabAcsConfig.builder());
        acs.setHoldRequests(DEVICE, true);
        PendingRpc gpn = acs.queue(DEVICE, new GetParameterNames("Device.DeviceInfo.", true));
        cpe.agent.start();
        cpe.time.runDue();
        assertEquals(5, acs.awaitResponse(gpn, WAIT).response(GetParameterNamesResponse.class).parameterList().size());
        assertTrue(cpe.events.isEmpty());
    }
}
