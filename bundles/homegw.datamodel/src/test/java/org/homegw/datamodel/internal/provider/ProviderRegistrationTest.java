package org.homegw.datamodel.internal.provider;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.homegw.datamodel.internal.MapProvider;
import org.junit.Test;

public class ProviderRegistrationTest {

    private static ProviderRegistration reg(String... paths) {
        return new ProviderRegistration(new MapProvider(), List.of(paths), 0, 1, true);
    }

    @Test
    public void object_paths_own_their_subtree_and_parameter_paths_only_themselves() {
        ProviderRegistration r = reg("Device.WiFi.", "Device.DeviceInfo.UpTime");
        assertEquals(12, r.matchLength("Device.WiFi.SSID.1.SSID"));
        assertEquals(12, r.matchLength("Device.WiFi."));
        assertEquals(-1, r.matchLength("Device.WiFiX."));
        assertEquals(24, r.matchLength("Device.DeviceInfo.UpTime"));
        assertEquals(-1, r.matchLength("Device.DeviceInfo.UpTimeX"));
        assertEquals(-1, r.matchLength("Device.DeviceInfo."));
    }

    @Test
    public void instance_placeholders_match_any_instance_number() {
        ProviderRegistration r = reg("Device.IP.Interface.{i}.Stats.");
        assertTrue(r.matchLength("Device.IP.Interface.12.Stats.BytesSent") > 0);
        assertEquals(-1, r.matchLength("Device.IP.Interface.x.Stats.BytesSent"));
        assertTrue(r.ownsBelow("Device.IP.Interface.3."));
        assertTrue(r.ownsBelow("Device.IP."));
        assertFalse(r.ownsBelow("Device.WiFi."));
    }

    @Test
    public void table_reaches_its_ancestors_only() {
        ProviderTable table = new ProviderTable();
        table.add(reg("Device.NAT.PortMapping."));
        assertTrue(table.reaches("Device."));
        assertTrue(table.reaches("Device.NAT."));
        assertTrue(table.reaches("Device.NAT.PortMapping.4."));
        assertFalse(table.reaches("Device.WiFi."));
    }

    @Test
    public void candidates_order_by_length_then_ranking_then_age() {
        ProviderTable table = new ProviderTable();
        MapProvider a = new MapProvider();
        MapProvider b = new MapProvider();
        MapProvider c = new MapProvider();
        MapProvider d = new MapProvider();
        table.add(new ProviderRegistration(a, List.of("Device."), 100, 1, true));
        table.add(new ProviderRegistration(b, List.of("Device.WiFi."), 0, 3, true));
        table.add(new ProviderRegistration(c, List.of("Device.WiFi."), 0, 2, true));
        table.add(new ProviderRegistration(d, List.of("Device.WiFi."), 5, 4, true));
        assertEquals(List.of(d, c, b, a), table.candidates("Device.WiFi.Radio.1.Channel").stream()
                .map(ProviderRegistration::provider).toList());
    }
}
