package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.homegw.cwmp.message.FactoryReset;
import org.homegw.cwmp.message.FactoryResetResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.labacs.LogEntry;
import org.junit.Rule;
import org.junit.Test;

/** FactoryReset through the real distribution: the state is wiped, the device comes back as new. */
public class FactoryResetIT {

    @Rule
    public final E2eGateway gw = E2eGateway.standard();

    @Test
    public void factory_reset_comes_back_with_bootstrap_and_the_shipped_values() {
        gw.rpc1(new SetParameterValues(List.of(new ParameterValueStruct("Device.DeviceInfo.ProvisioningCode",
                "before.reset", "string")), "k-before")).response(SetParameterValuesResponse.class);
        String serial = gw.device();
        long mark = gw.acs().mark();
        gw.rpc1(new FactoryReset()).response(FactoryResetResponse.class);

        LogEntry.InformReceived fresh = gw.awaitInform(mark, i -> i.hasEvent("0 BOOTSTRAP"));
        assertTrue(fresh.inform().events().toString(), fresh.hasEvent("1 BOOT"));
        assertEquals("the serial number survives a factory reset", serial, fresh.inform().deviceId().serialNumber());
        assertNotEquals("before.reset", fresh.parameter("DeviceInfo.ProvisioningCode").orElse(""));
        assertEquals("", fresh.parameter("ManagementServer.ParameterKey").orElseThrow());
        assertTrue(gw.process().isAlive());
    }
}
