package org.homegw.adapter.wifi.internal.config;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** SSID and AccessPoint instances are the numbers of their marker keys, and nothing that only looks like one. */
public class WifiConfigInstancesTest {

    @Test
    public void instances_are_the_marker_keys_with_a_proper_instance_number() {
        Map<String, String> v = new HashMap<>();
        v.put("SSID.3.Slot", "1");
        v.put("SSID.12.Slot", "2");
        v.put("SSID.4.Enable", "true"); // no Slot: no instance
        v.put("SSID.03.Slot", "3"); // leading zero
        v.put("SSID.1.X.Slot", "4"); // deeper key
        v.put("SSID.12345678901.Slot", "5"); // more than 10 digits
        v.put("SSIDX.7.Slot", "6");
        v.put("SSID..Slot", "7");
        v.put("SSID.Slot", "8");
        v.put("AccessPoint.2.Enable", "true");
        v.put("AccessPoint.9.Security.Enable", "true");
        v.put("AccessPoint.1234567890.Enable", "true");
        v.put("Radio.1.Enable", "true");
        WifiConfig c = new WifiConfig(v);
        assertEquals(List.of(3L, 12L), c.ssidInstances());
        assertEquals(List.of(2L, 1234567890L), c.accessPointInstances());
    }
}
