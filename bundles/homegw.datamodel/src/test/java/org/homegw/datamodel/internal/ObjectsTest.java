package org.homegw.datamodel.internal;

import static org.homegw.datamodel.internal.Fixture.pvs;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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

public class ObjectsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Fixture f;

    @Before
    public void setUp() throws Exception {
        f = new Fixture(tmp.getRoot().toPath());
    }

    private long add(String table) {
        return f.registry.addObject(table, "add", Caller.ACS).value().instanceNumber();
    }

    @Test
    public void add_allocates_the_next_number_and_sets_the_key() {
        assertEquals(new AddedObject(2, 0), f.registry.addObject("Device.NAT.PortMapping.", "a1", Caller.ACS).value());
        assertEquals("a1", f.value("Device.ManagementServer.ParameterKey"));
        assertEquals("false", f.value("Device.NAT.PortMapping.2.Enable"));
        assertEquals("a provider's instance without an alias gets a cpe- one", "cpe-2",
                f.value("Device.NAT.PortMapping.2.Alias"));
    }

    @Test
    public void instance_numbers_are_never_reused_even_after_restart() {
        assertEquals(2, add("Device.NAT.PortMapping."));
        assertEquals(Integer.valueOf(0), f.registry.deleteObject("Device.NAT.PortMapping.2.", "d", Caller.ACS).value());
        assertEquals(3, add("Device.NAT.PortMapping."));
        f.registry.deleteObject("Device.NAT.PortMapping.3.", "d", Caller.ACS).value();
        Fixture again = new Fixture(tmp.getRoot().toPath());
        assertEquals(4, again.registry.addObject("Device.NAT.PortMapping.", "x", Caller.ACS).value().instanceNumber());
    }

    @Test
    public void max_entries_is_9004() {
        add("Device.NAT.PortMapping.");
        add("Device.NAT.PortMapping.");
        assertEquals(CwmpFault.RESOURCES_EXCEEDED,
                f.registry.addObject("Device.NAT.PortMapping.", "k", Caller.ACS).faultOrNull().code());
        assertEquals("add", f.value("Device.ManagementServer.ParameterKey"));
    }

    @Test
    public void status_1_passes_through() {
        f.device.addStatus = 1;
        assertEquals(1, f.registry.addObject("Device.NAT.PortMapping.", "k", Caller.ACS).value().status());
    }

    @Test
    public void add_to_something_not_a_writable_table_is_9005() {
        for (String bad : List.of("Device.NAT.", "Device.NAT.PortMapping", "Device.NAT.PortMapping.1.",
                "Device.DeviceInfo.SupportedDataModel.", "Device.Nope.")) {
            assertEquals(bad, CwmpFault.INVALID_PARAMETER_NAME,
                    f.registry.addObject(bad, "k", Caller.ACS).faultOrNull().code());
        }
        assertEquals("", f.value("Device.ManagementServer.ParameterKey"));
    }

    @Test
    public void delete_removes_the_subtree_and_its_attributes() {
        f.registry.setAttributes(List.of(new AttributeChange("Device.NAT.PortMapping.1.Enable", true, 1, false,
                List.of()))).value();
        assertEquals(Integer.valueOf(0), f.registry.deleteObject("Device.NAT.PortMapping.1.", "d1", Caller.ACS).value());
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME,
                f.registry.getValue("Device.NAT.PortMapping.1.Enable").faultOrNull().code());
        assertTrue(f.assembled.store().allAttributes().isEmpty());
        assertEquals("d1", f.value("Device.ManagementServer.ParameterKey"));
    }

    @Test
    public void delete_of_missing_or_non_instance_paths_is_9005() {
        for (String bad : List.of("Device.NAT.PortMapping.7.", "Device.NAT.", "Device.NAT.PortMapping.",
                "Device.NAT.PortMapping.1", "Device.DeviceInfo.SupportedDataModel.1.")) {
            assertEquals(bad, CwmpFault.INVALID_PARAMETER_NAME,
                    f.registry.deleteObject(bad, "k", Caller.ACS).faultOrNull().code());
        }
    }

    @Test
    public void store_backed_tables_add_with_object_defaults_and_cpe_alias_and_persist() {
        AddedObject added = f.registry.addObject("Device.ManagementServer.InformParameter.", "k", Caller.ACS).value();
        String base = "Device.ManagementServer.InformParameter." + added.instanceNumber() + ".";
        assertEquals("false", f.value(base + "Enable"));
        assertEquals("cpe-1", f.value(base + "Alias"));
        assertEquals("1", f.value("Device.ManagementServer.InformParameterNumberOfEntries"));
        assertEquals("", f.value(base + "ParameterName"));
        assertTrue(f.registry.setValues(pvs(base + "ParameterName", "Device.DeviceInfo.UpTime",
                base + "EventList", "1 BOOT, 2 PERIODIC"), "k", Caller.ACS).isSuccess());
        Fixture again = new Fixture(tmp.getRoot().toPath());
        assertEquals("1 BOOT,2 PERIODIC", again.value(base + "EventList"));
        assertTrue(again.registry.deleteObject(base, "k", Caller.ACS).isSuccess());
        assertFalse(new Fixture(tmp.getRoot().toPath()).get("Device.ManagementServer.").stream()
                .anyMatch(s -> s.startsWith(base)));
    }

    @Test
    public void default_lines_with_instance_numbers_seed_store_tables() throws Exception {
        Fixture seeded = new Fixture(tmp.newFolder().toPath(), Fixture.DEFAULTS
                + "\nDevice.ManagementServer.InformParameter.4.ParameterName=Device.DeviceInfo.UpTime"
                + "\nDevice.ManagementServer.InformParameter.4.Enable=true");
        assertEquals("true", seeded.value("Device.ManagementServer.InformParameter.4.Enable"));
        assertEquals(5, seeded.registry.addObject("Device.ManagementServer.InformParameter.", "k", Caller.ACS)
                .value().instanceNumber());
    }
}
