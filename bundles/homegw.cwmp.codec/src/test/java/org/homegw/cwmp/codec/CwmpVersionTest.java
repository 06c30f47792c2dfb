package org.homegw.cwmp.codec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;

import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.FaultCodes;
import org.junit.Test;

public class CwmpVersionTest {
    @Test
    public void versions_from_1_2_on_share_the_1_2_namespace() {
        assertEquals("urn:dslforum-org:cwmp-1-0", CwmpVersion.V1_0.namespace());
        assertEquals("urn:dslforum-org:cwmp-1-1", CwmpVersion.V1_1.namespace());
        assertEquals(CwmpVersion.V1_2.namespace(), CwmpVersion.V1_4.namespace());
    }

    @Test
    public void namespace_maps_to_the_lowest_version_using_it() {
        assertEquals(Optional.of(CwmpVersion.V1_0), CwmpVersion.ofNamespace("urn:dslforum-org:cwmp-1-0"));
        assertEquals(Optional.of(CwmpVersion.V1_2), CwmpVersion.ofNamespace("urn:dslforum-org:cwmp-1-2"));
        assertEquals(Optional.of(CwmpVersion.V1_2), CwmpVersion.ofNamespace("urn:dslforum-org:cwmp-1-9"));
        assertEquals(Optional.empty(), CwmpVersion.ofNamespace("http://schemas.xmlsoap.org/soap/envelope/"));
    }

    @Test
    public void labels_parse_with_blanks() {
        assertEquals(Optional.of(CwmpVersion.V1_4), CwmpVersion.ofLabel(" 1.4 "));
        assertEquals(Optional.empty(), CwmpVersion.ofLabel("2.0"));
        assertTrue(CwmpVersion.V1_3.atLeast(CwmpVersion.V1_2));
        assertFalse(CwmpVersion.V1_0.atLeast(CwmpVersion.V1_1));
    }

    @Test
    public void argument_faults_are_client_faults_and_the_rest_server_faults() {
        assertEquals("Client", FaultCodes.soapFaultCode(9003));
        assertEquals("Client", FaultCodes.soapFaultCode(9007));
        assertEquals("Server", FaultCodes.soapFaultCode(9000));
        assertEquals("Server", FaultCodes.soapFaultCode(8005));
    }

    @Test(expected = IllegalArgumentException.class)
    public void limits_below_what_cwmp_needs_are_refused() {
        new DecodeLimits(1024, 4, 100, 100);
    }
}
