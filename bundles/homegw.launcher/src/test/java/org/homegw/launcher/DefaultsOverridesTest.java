package org.homegw.launcher;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class DefaultsOverridesTest {

    @Test
    public void shorthands_map_to_management_server_parameters_of_the_root_before_sets() throws Exception {
        LauncherOptions o = LauncherOptions.parse("--acs-url", "http://127.0.0.1:8080/acs", "--acs-username", "u",
                "--acs-password", "p", "--cr-username", "cu", "--cr-password", "cp",
                "--set", "Device.ManagementServer.URL=http://other/");
        String property = DefaultsOverrides.toProperty(DefaultsOverrides.of(o, "Device", "SN1"));
        assertEquals("""
                Device.DeviceInfo.SerialNumber=SN1
                Device.ManagementServer.URL=http://127.0.0.1:8080/acs
                Device.ManagementServer.Username=u
                Device.ManagementServer.Password=p
                Device.ManagementServer.ConnectionRequestUsername=cu
                Device.ManagementServer.ConnectionRequestPassword=cp
                Device.ManagementServer.URL=http://other/
                """, property);
    }

    @Test
    public void igd_root_is_used_when_the_device_exposes_internet_gateway_device() throws Exception {
        LauncherOptions o = LauncherOptions.parse("--acs-url", "http://127.0.0.1/acs");
        assertEquals("InternetGatewayDevice.ManagementServer.URL=http://127.0.0.1/acs\n",
                DefaultsOverrides.toProperty(DefaultsOverrides.of(o, "InternetGatewayDevice", null)));
    }

    @Test
    public void description_masks_passwords() throws Exception {
        LauncherOptions o = LauncherOptions.parse("--acs-password", "secret", "--acs-username", "u");
        assertEquals("Device.ManagementServer.Username=u, Device.ManagementServer.Password=*****",
                DefaultsOverrides.describe(DefaultsOverrides.of(o, "Device", null)));
    }
}
