package org.homegw.cwmp.client.internal.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.junit.Test;

public class InformBuilderTest {

    private final FakeDataModel model = FakeDataModel.device();
    private final InformBuilder builder = new InformBuilder(model,
            Clock.fixed(Instant.parse("2026-11-27T07:00:00Z"), ZoneOffset.UTC));

    private static List<String> names(Inform i) {
        return i.parameterList().stream().map(ParameterValueStruct::name).toList();
    }

    @Test
    public void carries_identity_time_retry_count_and_forced_parameters() {
        Inform i = builder.build(List.of(CwmpEvent.of(CwmpEvent.BOOT)), 3).inform();
        assertEquals(new DeviceIdStruct("homegw", "00D09E", "HGW", "SN0001"), i.deviceId());
        assertEquals(List.of(new EventStruct("1 BOOT", "")), i.events());
        assertEquals(1, i.maxEnvelopes());
        assertEquals(3, i.retryCount());
        assertEquals("2026-11-27T07:00:00Z", i.currentTime());
        assertEquals(List.of("Device.DeviceInfo.SoftwareVersion", "Device.ManagementServer.ParameterKey"), names(i));
    }

    @Test
    public void changed_parameters_bring_value_change_event() {
        model.put("Device.WiFi.SSID", "a", "string", true);
        model.setAttributes(List.of(new org.homegw.datamodel.api.AttributeChange("Device.WiFi.SSID", true, 1, false, List.of())));
        model.deviceChange("Device.WiFi.SSID", "b");
        InformBuilder.Built b = builder.build(List.of(CwmpEvent.of(CwmpEvent.PERIODIC)), 0);
        assertTrue(b.carriesValueChanges());
        assertEquals(List.of(new EventStruct("2 PERIODIC", ""), new EventStruct("4 VALUE CHANGE", "")), b.inform().events());
        assertTrue(names(b.inform()).contains("Device.WiFi.SSID"));
    }

    @Test
    public void at_most_64_events_with_single_events_first() {
        List<CwmpEvent> pending = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            pending.add(new CwmpEvent("M Download", "k" + i));
        }
        pending.add(CwmpEvent.of(CwmpEvent.BOOT));
        List<CwmpEvent> chosen = InformBuilder.chooseEvents(pending, false);
        assertEquals(64, chosen.size());
        assertEquals(CwmpEvent.of(CwmpEvent.BOOT), chosen.get(0));
        assertEquals(new CwmpEvent("M Download", "k0"), chosen.get(1));
    }

    @Test
    public void inform_parameters_follow_their_event_list() {
        model.put("Device.ManagementServer.InformParameter.1.Enable", "true", "boolean", true);
        model.put("Device.ManagementServer.InformParameter.1.ParameterName", "Device.ManagementServer.PeriodicInformInterval", "string", true);
        model.put("Device.ManagementServer.InformParameter.1.EventList", "2 PERIODIC", "string", true);
        model.put("Device.ManagementServer.InformParameter.2.Enable", "true", "boolean", true);
        model.put("Device.ManagementServer.InformParameter.2.ParameterName", "Device.DeviceInfo.ProductClass", "string", true);
        model.put("Device.ManagementServer.InformParameter.2.EventList", "", "string", true);
        model.put("Device.ManagementServer.InformParameter.3.Enable", "false", "boolean", true);
        model.put("Device.ManagementServer.InformParameter.3.ParameterName", "Device.DeviceInfo.Manufacturer", "string", true);
        model.put("Device.ManagementServer.InformParameter.3.EventList", "", "string", true);

        List<String> boot = names(builder.build(List.of(CwmpEvent.of(CwmpEvent.BOOT)), 0).inform());
        assertTrue(boot.contains("Device.DeviceInfo.ProductClass"));
        assertTrue(!boot.contains("Device.ManagementServer.PeriodicInformInterval"));
        assertTrue(!boot.contains("Device.DeviceInfo.Manufacturer"));

        List<String> periodic = names(builder.build(List.of(CwmpEvent.of(CwmpEvent.PERIODIC)), 0).inform());
        assertTrue(periodic.contains("Device.ManagementServer.PeriodicInformInterval"));

        List<String> valueChangeOnly = names(builder.build(List.of(CwmpEvent.of(CwmpEvent.VALUE_CHANGE)), 0).inform());
        assertTrue("empty EventList excludes 4 VALUE CHANGE", !valueChangeOnly.contains("Device.DeviceInfo.ProductClass"));
    }
}
