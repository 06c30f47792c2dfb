package org.homegw.datamodel.internal;

import static org.homegw.datamodel.internal.Fixture.pvs;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WildcardsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Fixture f;

    @Before
    public void setUp() throws Exception {
        f = new Fixture(tmp.getRoot().toPath());
        f.registry.addObject("Device.NAT.PortMapping.", "k", Caller.ACS).value();
        f.registry.setValues(pvs("Device.NAT.PortMapping.2.Alias", "ssh"), "k", Caller.ACS).value();
    }

    @Test
    public void the_device_says_it_supports_instance_wildcards() {
        assertEquals("true", f.value("Device.ManagementServer.InstanceWildcardsSupported"));
    }

    @Test
    public void a_star_matches_every_instance_of_a_parameter() {
        assertEquals(List.of("Device.NAT.PortMapping.1.Alias=web", "Device.NAT.PortMapping.2.Alias=ssh"),
                f.get("Device.NAT.PortMapping.*.Alias"));
    }

    @Test
    public void a_star_in_a_partial_path_reads_every_instance_subtree() {
        assertEquals(10, f.get("Device.NAT.PortMapping.*.").size());
    }

    @Test
    public void a_star_over_an_empty_table_gives_no_values_and_no_fault() {
        f.registry.deleteObject("Device.NAT.PortMapping.1.", "k", Caller.ACS).value();
        f.registry.deleteObject("Device.NAT.PortMapping.2.", "k", Caller.ACS).value();
        assertEquals(List.of(), f.get("Device.NAT.PortMapping.*.Alias"));
    }

    @Test
    public void a_star_where_no_instance_number_belongs_is_9005() {
        for (String bad : List.of("Device.*.PortMapping.", "Device.NAT.PortMapping.*", "Device.NAT.PortMapping.*.Nope",
                "Device.NAT.*.Alias")) {
            assertEquals(bad, CwmpFault.INVALID_PARAMETER_NAME,
                    f.registry.getValues(List.of(bad), v -> { }).faultOrNull().code());
        }
    }

    @Test
    public void wildcards_are_refused_when_the_device_turns_them_off() {
        f.registry.setValues(pvs("Device.ManagementServer.InstanceWildcardsSupported", "false"), null, Caller.LOCAL)
                .value();
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME,
                f.registry.getValues(List.of("Device.NAT.PortMapping.*.Alias"), v -> { }).faultOrNull().code());
    }
}
