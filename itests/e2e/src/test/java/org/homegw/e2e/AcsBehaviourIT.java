package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.fault.FaultAction;
import org.homegw.labacs.fault.FaultRule;
import org.homegw.labacs.fault.FaultStage;
import org.junit.Test;

/** ACSs that are not the ideal one: a legacy CWMP 1.0-only ACS, an ACS that fails with HTTP 500. */
public class AcsBehaviourIT {

    @Test
    public void talks_to_an_acs_that_speaks_only_cwmp_1_0() throws Throwable {
        E2eGateway gw = E2eGateway.with(acs -> acs.onlyCwmp10());
        run(gw, () -> {
            LogEntry.InformReceived first = gw.acs().log(gw.device(), LogEntry.InformReceived.class).get(0);
            assertEquals(CwmpVersion.V1_0, first.version());
            assertTrue(first.hasEvent("1 BOOT"));
            Map<String, String> values = CwmpRpcIT.values(gw.rpc1(new GetParameterValues(
                    List.of("Device.DeviceInfo.SerialNumber"))).response(GetParameterValuesResponse.class));
            assertEquals(gw.device(), values.get("Device.DeviceInfo.SerialNumber"));
            List<LogEntry.InformReceived> informs = gw.acs().log(gw.device(), LogEntry.InformReceived.class);
            assertTrue(informs.stream().allMatch(i -> i.version() == CwmpVersion.V1_0));
            assertEquals(List.of(), gw.acs().log(gw.device(), LogEntry.ProtocolViolation.class));
        });
    }

    @Test
    public void acs_500_on_the_inform_is_retried_with_retry_count() throws Throwable {
        E2eGateway gw = E2eGateway.with(acs -> { }, "Device.ManagementServer.CWMPRetryMinimumWaitInterval=1")
                .beforeStart((LabAcs acs) -> acs.injectFault(new FaultRule(null, FaultStage.INFORM,
                        new FaultAction.HttpStatus(500), 1)));
        run(gw, () -> {
            LogEntry.FaultInjected refused = gw.acs().log(gw.device(), LogEntry.FaultInjected.class).get(0);
            LogEntry.InformReceived retry = gw.acs().log(gw.device(), LogEntry.InformReceived.class).get(0);
            assertEquals(1, retry.inform().retryCount());
            assertEquals(List.of("0 BOOTSTRAP", "1 BOOT"), retry.inform().events().stream()
                    .map(EventStruct::eventCode).sorted().toList());
            // TR-069 3.2.1.1 with m=1 s, k=2000: the first retry waits 1..2 s
            Duration wait = Duration.between(refused.time(), retry.time());
            assertTrue("waited " + wait, wait.compareTo(Duration.ofMillis(900)) >= 0
                    && wait.compareTo(Duration.ofSeconds(5)) < 0);
            long mark = gw.acs().mark();
            gw.rpc();
            assertEquals("RetryCount back to 0 after a successful session", 0,
                    gw.awaitInform(mark, i -> true).inform().retryCount());
        });
    }

    /** Runs the body between the fixture's start and stop (a rule per test, each with its own ACS). */
    private static void run(E2eGateway gw, ThrowingRunnable body) throws Throwable {
        gw.apply(new org.junit.runners.model.Statement() {
            @Override
            public void evaluate() throws Throwable {
                body.run();
            }
        }, org.junit.runner.Description.EMPTY).evaluate();
    }

    private interface ThrowingRunnable {
        void run() throws Throwable;
    }
}
