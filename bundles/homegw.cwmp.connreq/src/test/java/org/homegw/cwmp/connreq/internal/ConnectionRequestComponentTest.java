package org.homegw.cwmp.connreq.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ConnectionRequestComponentTest {

    @Test
    public void port_comes_from_the_framework_property_or_defaults_to_7547() {
        assertEquals(7547, ConnectionRequestComponent.frameworkPort(null));
        assertEquals(7547, ConnectionRequestComponent.frameworkPort(" "));
        assertEquals(30005, ConnectionRequestComponent.frameworkPort("30005"));
    }

    @Test
    public void settings_events_match_the_obeyed_settings_and_never_the_published_url() throws Exception {
        org.osgi.framework.Filter f = org.osgi.framework.FrameworkUtil.createFilter(
                ConnectionRequestComponent.SETTINGS_FILTER);
        for (String p : java.util.List.of("Device.ManagementServer.HTTPConnectionRequestEnable",
                "Device.ManagementServer.STUNEnable", "InternetGatewayDevice.ManagementServer.STUNServerAddress",
                "Device.ManagementServer.URL")) {
            org.junit.Assert.assertTrue(p, f.matches(java.util.Map.of("path", p)));
        }
        for (String p : java.util.List.of("Device.ManagementServer.ConnectionRequestURL",
                "Device.ManagementServer.UDPConnectionRequestAddress", "Device.ManagementServer.NATDetected",
                "Device.ManagementServer.PeriodicInformInterval")) {
            org.junit.Assert.assertFalse(p, f.matches(java.util.Map.of("path", p)));
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void refuses_a_port_that_is_not_a_number() {
        ConnectionRequestComponent.frameworkPort("http");
    }

    @Test(expected = IllegalArgumentException.class)
    public void refuses_a_port_out_of_range() {
        ConnectionRequestComponent.frameworkPort("70000");
    }
}
