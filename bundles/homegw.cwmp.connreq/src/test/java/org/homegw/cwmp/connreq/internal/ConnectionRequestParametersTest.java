package org.homegw.cwmp.connreq.internal;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;

public class ConnectionRequestParametersTest {

    @Test
    public void url_set_before_the_registry_attached_is_reported_on_attach() {
        ConnectionRequestParameters p = new ConnectionRequestParameters("Device.");
        p.setConnectionRequestUrl("http://10.0.0.1:7547/abc");
        List<String> changed = new ArrayList<>();
        p.attach(paths -> changed.addAll(Arrays.asList(paths)));
        assertEquals(List.of("Device.ManagementServer.ConnectionRequestURL"), changed);
    }

    @Test
    public void attach_reports_nothing_while_values_are_the_initial_ones() {
        ConnectionRequestParameters p = new ConnectionRequestParameters("Device.");
        List<String> changed = new ArrayList<>();
        p.attach(paths -> changed.addAll(Arrays.asList(paths)));
        assertEquals(List.of(), changed);
    }

    @Test
    public void later_changes_are_reported_once() {
        ConnectionRequestParameters p = new ConnectionRequestParameters("Device.");
        List<String> changed = new ArrayList<>();
        p.attach(paths -> changed.addAll(Arrays.asList(paths)));
        p.setConnectionRequestUrl("http://10.0.0.1:7547/abc");
        p.setConnectionRequestUrl("http://10.0.0.1:7547/abc");
        assertEquals(List.of("Device.ManagementServer.ConnectionRequestURL"), changed);
    }
}
