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

    @Test(expected = IllegalArgumentException.class)
    public void refuses_a_port_that_is_not_a_number() {
        ConnectionRequestComponent.frameworkPort("http");
    }

    @Test(expected = IllegalArgumentException.class)
    public void refuses_a_port_out_of_range() {
        ConnectionRequestComponent.frameworkPort("70000");
    }
}
