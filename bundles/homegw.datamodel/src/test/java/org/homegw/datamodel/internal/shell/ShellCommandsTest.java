package org.homegw.datamodel.internal.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.homegw.datamodel.internal.Fixture;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ShellCommandsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Fixture f;
    private ShellCommands dm;

    @Before
    public void setUp() {
        f = new Fixture(tmp.getRoot().toPath());
        dm = new ShellCommands(f.registry);
    }

    @Test
    public void get_prints_values_with_types() {
        assertEquals("Device.DeviceInfo.UpTime = 100  (unsignedInt)\n", dm.get("Device.DeviceInfo.UpTime"));
        assertTrue(dm.get().contains("Device.ManagementServer.URL = http://acs.example/  (string)\n"));
    }

    @Test
    public void set_prints_status_or_every_parameter_fault() {
        assertEquals("ok, status 0\n", dm.set("Device.X_TEST.Int", "4"));
        assertEquals("4", f.value("Device.X_TEST.Int"));
        String out = dm.set("Device.X_TEST.Int", "5", "Device.Nope", "1");
        assertTrue(out, out.startsWith("fault 9003: "));
        assertTrue(out, out.contains("  Device.X_TEST.Int: fault 9007: "));
        assertTrue(out, out.contains("  Device.Nope: fault 9005: "));
        assertTrue(dm.set("Device.X_TEST.Int").startsWith("usage"));
    }

    @Test
    public void names_defaults_to_next_level() {
        assertEquals("Device.NAT.PortMappingNumberOfEntries\nDevice.NAT.PortMapping.  (writable)\n", dm.names("Device.NAT."));
        assertEquals("Device.\n", dm.names(""));
        assertTrue(dm.names("Device.NAT.", "false").contains("Device.NAT.PortMapping.1.Alias  (writable)\n"));
        assertTrue(dm.names("Device.DeviceInfo.UpTime", "true").startsWith("fault 9003"));
    }

    @Test
    public void attrs_show_and_set_notification() {
        assertEquals("ok\n", dm.attrs("Device.X_TEST.Int", "2"));
        assertEquals("Device.X_TEST.Int  notification=2 accessList=\n", dm.attrs("Device.X_TEST.Int"));
        assertTrue(dm.attrs("Device.DeviceInfo.UpTime", "2").startsWith("fault 9009"));
    }

    @Test
    public void add_and_delete_print_the_instance_or_fault() {
        assertEquals("added Device.NAT.PortMapping.2. status 0\n", dm.add("Device.NAT.PortMapping."));
        assertEquals("deleted Device.NAT.PortMapping.2. status 0\n", dm.delete("Device.NAT.PortMapping.2."));
        assertTrue(dm.delete("Device.NAT.PortMapping.2.").startsWith("fault 9005"));
        assertTrue(dm.add("Device.NAT.").startsWith("fault 9005"));
        assertEquals("", f.value("Device.ManagementServer.ParameterKey"));
    }
}
