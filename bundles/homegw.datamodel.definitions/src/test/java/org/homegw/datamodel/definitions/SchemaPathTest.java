package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SchemaPathTest {

    @Test
    public void instance_numbers_become_placeholders() {
        assertEquals("Device.WiFi.SSID.{i}.SSID", SchemaPath.of("Device.WiFi.SSID.3.SSID"));
        assertEquals("Device.IP.Interface.{i}.IPv4Address.{i}.", SchemaPath.of("Device.IP.Interface.1.IPv4Address.12."));
    }

    @Test
    public void aliases_wildcards_and_placeholders_become_placeholders() {
        assertEquals("Device.WiFi.SSID.{i}.SSID", SchemaPath.of("Device.WiFi.SSID.[cpe-1].SSID"));
        assertEquals("Device.WiFi.SSID.{i}.SSID", SchemaPath.of("Device.WiFi.SSID.*.SSID"));
        assertEquals("Device.WiFi.SSID.{i}.", SchemaPath.of("Device.WiFi.SSID.{i}."));
    }

    @Test
    public void names_with_digits_stay() {
        assertEquals("Device.X_1A.IPv6Address", SchemaPath.of("Device.X_1A.IPv6Address"));
        assertEquals("", SchemaPath.of(""));
        assertEquals("Device.", SchemaPath.of("Device."));
    }

    @Test
    public void parent_object_skips_the_table_name() {
        assertEquals("Device.WiFi.", SchemaPath.parentObject("Device.WiFi.SSID.{i}."));
        assertEquals("Device.WiFi.SSID.{i}.", SchemaPath.parentObject("Device.WiFi.SSID.{i}.Stats."));
        assertEquals("Device.", SchemaPath.parentObject("Device.WiFi."));
        assertEquals("", SchemaPath.parentObject("Device."));
        assertEquals("", SchemaPath.parentObject("VoiceService.{i}."));
    }
}
