package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * A firmware builder's adapter settings in conf/config/*.cfg seen by the ACS: a Wi-Fi product for
 * Germany (indoor), and interface control switched on for one interface that does not exist (so the
 * real host is never touched), with a command that would fail anyway.
 */
public class DeviceConfigAdaptersIT {

    @ClassRule
    public static final E2eGateway GW = E2eGateway.standard().withConfFiles(Map.of(
            "config/org.homegw.adapter.wifi.cfg", "regulatoryDomain=DEI\n",
            "config/org.homegw.adapter.host.linux.control.cfg",
            "allowInterfaceControl=true\ninterfaces=homegw-none0\nipCommand=/bin/false\n"));

    private static Map<String, String> gpv(String... paths) {
        return GW.rpc1(new GetParameterValues(List.of(paths))).response(GetParameterValuesResponse.class).parameterList()
                .stream().collect(Collectors.toMap(ParameterValueStruct::name, ParameterValueStruct::value));
    }

    @Test
    public void the_shipped_regulatory_domain_decides_the_channels_the_acs_may_set() {
        Map<String, String> radio = gpv("Device.WiFi.Radio.1.");
        assertEquals("DEI", radio.get("Device.WiFi.Radio.1.RegulatoryDomain"));
        assertTrue(radio.get("Device.WiFi.Radio.1.PossibleChannels"), List.of(radio.get("Device.WiFi.Radio.1.PossibleChannels")
                .split(",")).contains("13"));
        // 13 is refused under the shipped default (US) but permitted in Germany
        int status = GW.rpc1(new SetParameterValues(List.of(
                new ParameterValueStruct("Device.WiFi.Radio.1.AutoChannelEnable", "false", "boolean"),
                new ParameterValueStruct("Device.WiFi.Radio.1.Channel", "13", "unsignedInt")), "ch13"))
                .response(SetParameterValuesResponse.class).status();
        assertTrue(status == 0 || status == 1);
        assertEquals("13", gpv("Device.WiFi.Radio.1.Channel").get("Device.WiFi.Radio.1.Channel"));
    }

    @Test
    public void interface_control_settings_apply_only_to_the_listed_interfaces() throws java.io.IOException {
        String index = java.nio.file.Files.readString(java.nio.file.Path.of("/sys/class/net/lo/ifindex")).strip();
        String lo = "Device.IP.Interface." + index + ".Enable";
        FaultMessage f = GW.rpc1(new SetParameterValues(List.of(new ParameterValueStruct(lo, "true", "boolean")), "lo"))
                .fault();
        assertEquals(9001, f.setParameterValuesFaults().get(0).faultCode());
        assertTrue(f.setParameterValuesFaults().get(0).faultString(),
                f.setParameterValuesFaults().get(0).faultString().contains("not among the interfaces"));
    }
}
