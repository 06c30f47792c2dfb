package org.homegw.datamodel.internal;

import static org.homegw.datamodel.internal.Fixture.pvs;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.homegw.datamodel.api.AddedObject;
import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AliasAddressingTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Fixture f;

    @Before
    public void setUp() throws Exception {
        f = new Fixture(tmp.getRoot().toPath());
    }

    private void enable() {
        f.registry.setValues(pvs("Device.ManagementServer.AliasBasedAddressing", "true"), null, Caller.LOCAL).value();
    }

    @Test
    public void aliases_are_invalid_names_while_the_device_does_not_offer_them() {
        assertEquals("false", f.value("Device.ManagementServer.AliasBasedAddressing"));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME,
                f.registry.getValue("Device.NAT.PortMapping.[web].Alias").faultOrNull().code());
    }

    @Test
    public void an_alias_names_its_instance_and_answers_carry_instance_numbers() {
        enable();
        assertEquals(List.of("Device.NAT.PortMapping.1.ExternalPort=80"), f.get("Device.NAT.PortMapping.[web].ExternalPort"));
        assertEquals(5, f.get("Device.NAT.PortMapping.[web].").size());
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME,
                f.registry.getValue("Device.NAT.PortMapping.[nope].Alias").faultOrNull().code());
    }

    @Test
    public void set_through_an_alias_and_faults_name_the_path_the_acs_sent() {
        enable();
        assertTrue(f.registry.setValues(pvs("Device.NAT.PortMapping.[web].ExternalPort", "8080"), "k", Caller.ACS)
                .isSuccess());
        assertEquals("8080", f.value("Device.NAT.PortMapping.1.ExternalPort"));
        CwmpFault fault = f.registry.setValues(pvs("Device.NAT.PortMapping.[web].ExternalPort", "70000",
                "Device.NAT.PortMapping.[nope].Enable", "1"), "k", Caller.ACS).faultOrNull();
        assertEquals(List.of(
                new CwmpFault.ParameterFault("Device.NAT.PortMapping.[web].ExternalPort", 9007,
                        fault.parameterFaults().get(0).message()),
                new CwmpFault.ParameterFault("Device.NAT.PortMapping.[nope].Enable", 9005,
                        fault.parameterFaults().get(1).message())), fault.parameterFaults());
    }

    @Test
    public void add_object_with_an_alias_creates_a_named_instance() {
        enable();
        AddedObject added = f.registry.addObject("Device.NAT.PortMapping.[ssh].", "a1", Caller.ACS).value();
        assertEquals(2, added.instanceNumber());
        assertEquals("ssh", f.value("Device.NAT.PortMapping.2.Alias"));
        assertEquals("a1", f.value("Device.ManagementServer.ParameterKey"));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME,
                f.registry.addObject("Device.NAT.PortMapping.[ssh].", "a2", Caller.ACS).faultOrNull().code());
        assertEquals(2, f.get("Device.NAT.PortMapping.*.Alias").size());
        assertEquals("a1", f.value("Device.ManagementServer.ParameterKey"));
    }

    @Test
    public void an_alias_the_definitions_refuse_leaves_no_instance_behind() {
        enable();
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, f.registry.addObject("Device.NAT.PortMapping.["
                + "x".repeat(65) + "].", "k", Caller.ACS).faultOrNull().code());
        assertEquals(1, f.get("Device.NAT.PortMapping.*.Alias").size());
        assertEquals("", f.value("Device.ManagementServer.ParameterKey"));
    }

    @Test
    public void delete_and_attributes_through_an_alias() {
        enable();
        f.registry.setAttributes(List.of(new AttributeChange("Device.NAT.PortMapping.[web].Enable", true, 1, false,
                List.of()))).value();
        assertEquals(1, f.registry.getAttributes(List.of("Device.NAT.PortMapping.1.Enable")).value().get(0).notification());
        assertEquals(Integer.valueOf(0), f.registry.deleteObject("Device.NAT.PortMapping.[web].", "d", Caller.ACS).value());
        assertEquals(List.of(), f.get("Device.NAT.PortMapping.*.Alias"));
    }
}
