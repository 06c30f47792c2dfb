package org.homegw.adapter.host.internal.dm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homegw.adapter.host.spi.CpuSample;
import org.homegw.adapter.host.spi.CpuTimes;
import org.homegw.adapter.host.spi.EthernetLink;
import org.homegw.adapter.host.spi.IpInterface;
import org.homegw.adapter.host.spi.IpInterface.IpAddress;
import org.homegw.adapter.host.spi.LinkStats;
import org.homegw.adapter.host.spi.Neighbour;
import org.homegw.adapter.host.spi.ProcessEntry;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.testkit.SettableClock;
import org.junit.Test;

/** The host providers driven through the provider SPI over a fake host. */
public class HostProvidersTest {

    private static final Duration AGE = Duration.ofSeconds(1);
    private final FakeHost host = new FakeHost();
    private final SettableClock clock = new SettableClock();
    private final RecordingControl control = new RecordingControl();

    @Test
    public void device_info_registers_only_its_live_paths() {
        DeviceInfoProvider p = new DeviceInfoProvider("Device.", host, clock, AGE);
        assertEquals(List.of("Device.DeviceInfo.UpTime", "Device.DeviceInfo.MemoryStatus.",
                "Device.DeviceInfo.ProcessStatus."), p.paths());
        // names it does not serve (the store's) are left out, not answered
        Map<String, String> v = p.read("Device.DeviceInfo.", List.of("UpTime", "SoftwareVersion", "Manufacturer")).value();
        assertEquals(Map.of("UpTime", "100"), v);
    }

    @Test
    public void memory_and_process_table_come_from_the_driver() {
        host.processes.add(new ProcessEntry(1, "init", 2048, 20, 1500, "Sleeping"));
        host.processes.add(new ProcessEntry(77, "homegw", 9000, 20, 8_000_000_000L, "Running"));
        DeviceInfoProvider p = new DeviceInfoProvider("Device.", host, clock, AGE);
        assertEquals(Map.of("Total", "1000", "Free", "400"),
                p.read("Device.DeviceInfo.MemoryStatus.", List.of("Total", "Free", "TotalPersistent")).value());
        assertEquals(List.of(1L, 77L), p.instances("Device.DeviceInfo.ProcessStatus.Process.").value());
        Map<String, String> proc = p.read("Device.DeviceInfo.ProcessStatus.Process.77.",
                List.of("PID", "Command", "Size", "Priority", "CPUTime", "State")).value();
        assertEquals("77", proc.get("PID"));
        assertEquals("homegw", proc.get("Command"));
        assertEquals("Running", proc.get("State"));
        // CPUTime is unsignedInt: it saturates rather than wrapping into a small number
        assertEquals("4294967295", proc.get("CPUTime"));
        assertEquals(Map.of(), p.read("Device.DeviceInfo.ProcessStatus.Process.5.", List.of("PID")).value());
        assertEquals("2", p.read("Device.DeviceInfo.ProcessStatus.", List.of("ProcessNumberOfEntries")).value()
                .get("ProcessNumberOfEntries"));
    }

    @Test
    public void one_reading_is_reused_until_it_is_older_than_max_age() {
        DeviceInfoProvider p = new DeviceInfoProvider("Device.", host, clock, AGE);
        p.instances("Device.DeviceInfo.ProcessStatus.Process.");
        p.read("Device.DeviceInfo.ProcessStatus.", List.of("ProcessNumberOfEntries"));
        assertEquals(1, host.processReads.get());
        clock.advance(Duration.ofMillis(1000));
        p.instances("Device.DeviceInfo.ProcessStatus.Process.");
        assertEquals(2, host.processReads.get());
    }

    @Test
    public void cpu_usage_is_measured_over_windows_of_at_least_a_second() {
        DeviceInfoProvider p = new DeviceInfoProvider("Device.", host, clock, AGE);
        host.cpu = new CpuTimes(100, 1000);
        assertEquals("10", cpuUsage(p));
        host.cpu = new CpuTimes(150, 1100);
        clock.advance(Duration.ofMillis(300));
        assertEquals("10", cpuUsage(p));
        clock.advance(Duration.ofMillis(700));
        assertEquals("50", cpuUsage(p));
    }

    @Test
    public void cpu_table_reports_each_cpus_shares_over_the_window() {
        host.cpus.add(new CpuSample("cpu0", 300, 100, 600, 1000));
        host.cpus.add(new CpuSample("cpu1", 0, 0, 1000, 1000));
        DeviceInfoProvider p = new DeviceInfoProvider("Device.", host, clock, AGE);
        assertEquals(List.of(1L, 2L), p.instances("Device.DeviceInfo.ProcessStatus.CPU.").value());
        assertEquals("2", p.read("Device.DeviceInfo.ProcessStatus.", List.of("CPUNumberOfEntries")).value()
                .get("CPUNumberOfEntries"));
        List<String> names = List.of("Name", "UserModeUtilization", "SystemModeUtilization", "IdleModeUtilization",
                "CPUUtilization");
        assertEquals(Map.of("Name", "cpu0", "UserModeUtilization", "30", "SystemModeUtilization", "10",
                "IdleModeUtilization", "60", "CPUUtilization", "40"),
                p.read("Device.DeviceInfo.ProcessStatus.CPU.1.", names).value());
        host.cpus.set(1, new CpuSample("cpu1", 50, 50, 1100, 1200));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("50", p.read("Device.DeviceInfo.ProcessStatus.CPU.2.", names).value().get("CPUUtilization"));
        assertEquals(Map.of(), p.read("Device.DeviceInfo.ProcessStatus.CPU.3.", names).value());
    }

    private static String cpuUsage(DeviceInfoProvider p) {
        return p.read("Device.DeviceInfo.ProcessStatus.", List.of("CPUUsage")).value().get("CPUUsage");
    }

    @Test
    public void ethernet_enable_is_handed_to_the_interface_control_by_name() {
        host.links.add(link(2, "eth0"));
        EthernetProvider p = new EthernetProvider("Device.", host, control, clock, AGE);
        List<ParameterWrite> w = List.of(new ParameterWrite("Device.Ethernet.Interface.2.Enable", "false"));
        assertNull(p.validate(w).faultOrNull());
        assertEquals(Integer.valueOf(0), p.write(w).value());
        assertEquals(List.of("eth0 down"), control.switched);
    }

    @Test
    public void an_enable_the_control_refuses_is_9001_and_nothing_is_switched() {
        host.links.add(link(2, "eth0"));
        host.links.add(link(3, "eth1"));
        control.refused = Set.of("eth1");
        EthernetProvider p = new EthernetProvider("Device.", host, control, clock, AGE);
        CwmpFault f = p.validate(List.of(new ParameterWrite("Device.Ethernet.Interface.2.Enable", "false"),
                new ParameterWrite("Device.Ethernet.Interface.3.Enable", "false"))).faultOrNull();
        assertEquals(CwmpFault.INVALID_ARGUMENTS, f.code());
        assertEquals(1, f.parameterFaults().size());
        assertEquals("Device.Ethernet.Interface.3.Enable", f.parameterFaults().get(0).parameterName());
        assertEquals(CwmpFault.REQUEST_DENIED, f.parameterFaults().get(0).code());
        assertTrue(f.parameterFaults().get(0).message(), f.parameterFaults().get(0).message().contains("eth1 is the WAN"));
        assertEquals(List.of(), control.switched);
    }

    @Test
    public void other_host_parameters_stay_not_writable() {
        host.links.add(link(2, "eth0"));
        EthernetProvider p = new EthernetProvider("Device.", host, control, clock, AGE);
        CwmpFault f = p.validate(List.of(new ParameterWrite("Device.Ethernet.Interface.2.MACAddress", "x"),
                new ParameterWrite("Device.Ethernet.Interface.9.Enable", "true"))).faultOrNull();
        assertEquals(List.of(CwmpFault.NOT_WRITABLE, CwmpFault.NOT_WRITABLE),
                f.parameterFaults().stream().map(CwmpFault.ParameterFault::code).toList());
    }

    @Test
    public void a_control_that_fails_while_switching_answers_9002() {
        host.interfaces.add(new IpInterface(4, "wan0", true, false, 1500, List.of()));
        control.failing = true;
        IpInterfaceProvider p = new IpInterfaceProvider("Device.", host, control, clock, AGE);
        List<ParameterWrite> w = List.of(new ParameterWrite("Device.IP.Interface.4.Enable", "true"));
        assertNull(p.validate(w).faultOrNull());
        assertEquals(CwmpFault.INTERNAL_ERROR, p.write(w).faultOrNull().code());
    }

    @Test
    public void ip_interface_enable_is_handed_to_the_control_last_write_winning() {
        host.interfaces.add(new IpInterface(4, "wan0", true, false, 1500, List.of()));
        IpInterfaceProvider p = new IpInterfaceProvider("Device.", host, control, clock, AGE);
        assertEquals(Integer.valueOf(0), p.write(List.of(new ParameterWrite("Device.IP.Interface.4.Enable", "false"),
                new ParameterWrite("Device.IP.Interface.4.Enable", "true"))).value());
        assertEquals(List.of("wan0 up"), control.switched);
    }

    private static EthernetLink link(int index, String name) {
        return new EthernetLink(index, name, true, "Up", "02:00:00:00:00:0" + index, 1000, "Full",
                new LinkStats(0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    public void ethernet_interfaces_are_numbered_by_ifindex_and_error_counters_wrap_at_32_bits() {
        host.links.add(new EthernetLink(2, "eth0", true, "Up", "02:00:00:00:00:01", 1000, "Full",
                new LinkStats(5_000_000_000L, 7, 8, 9, (1L << 32) + 3, 0, 1, 2, 3)));
        EthernetProvider p = new EthernetProvider("Device.", host, control, clock, AGE);
        assertEquals(List.of(2L), p.instances("Device.Ethernet.Interface.").value());
        assertEquals(Map.of(), p.read("Device.Ethernet.Interface.3.", List.of("Name")).value());
        Map<String, String> i = p.read("Device.Ethernet.Interface.2.",
                List.of("Enable", "Status", "Name", "MACAddress", "CurrentBitRate", "CurrentDuplexMode", "LastChange")).value();
        assertEquals("true", i.get("Enable"));
        assertEquals("1000", i.get("CurrentBitRate"));
        assertEquals("Full", i.get("CurrentDuplexMode"));
        assertFalse(i.containsKey("LastChange"));
        Map<String, String> s = p.read("Device.Ethernet.Interface.2.Stats.",
                List.of("BytesSent", "ErrorsSent", "Collisions")).value();
        assertEquals(Map.of("BytesSent", "5000000000", "ErrorsSent", "3"), s);
        assertEquals("1", p.read("Device.Ethernet.", List.of("InterfaceNumberOfEntries")).value().get("InterfaceNumberOfEntries"));
        assertEquals(List.of(), p.instances("Device.Ethernet.Link.").value());
    }

    @Test
    public void ip_addresses_keep_their_instance_numbers_while_present() {
        IpAddress a = new IpAddress("192.0.2.10", 24, false);
        IpAddress b = new IpAddress("198.51.100.1", 16, false);
        IpAddress c = new IpAddress("203.0.113.5", 32, false);
        host.interfaces.add(new IpInterface(3, "eth0", true, false, 1500, List.of(a, b)));
        IpInterfaceProvider p = new IpInterfaceProvider("Device.", host, control, clock, AGE);
        assertEquals(List.of(1L, 2L), p.instances("Device.IP.Interface.3.IPv4Address.").value());
        host.interfaces.set(0, new IpInterface(3, "eth0", true, false, 1500, List.of(c, b)));
        clock.advance(AGE);
        assertEquals(List.of(2L, 3L), p.instances("Device.IP.Interface.3.IPv4Address.").value());
        assertEquals(Map.of("Enable", "true", "Status", "Enabled", "IPAddress", "198.51.100.1", "SubnetMask", "255.255.0.0"),
                p.read("Device.IP.Interface.3.IPv4Address.2.", List.of("Enable", "Status", "IPAddress", "SubnetMask")).value());
    }

    @Test
    public void loopback_interface_with_ipv6_and_clamped_mtu() {
        host.interfaces.add(new IpInterface(1, "lo", true, true, 65536,
                List.of(new IpAddress("127.0.0.1", 8, false), new IpAddress("::1", 128, true))));
        IpInterfaceProvider p = new IpInterfaceProvider("Device.", host, control, clock, AGE);
        Map<String, String> v = p.read("Device.IP.Interface.1.", List.of("Type", "Loopback", "MaxMTUSize",
                "IPv4AddressNumberOfEntries", "IPv6AddressNumberOfEntries")).value();
        assertEquals(Map.of("Type", "Loopback", "Loopback", "true", "MaxMTUSize", "65535",
                "IPv4AddressNumberOfEntries", "1", "IPv6AddressNumberOfEntries", "1"), v);
        assertEquals("WellKnown", p.read("Device.IP.Interface.1.IPv6Address.1.", List.of("Origin")).value().get("Origin"));
        assertEquals("1", p.read("Device.IP.", List.of("InterfaceNumberOfEntries")).value().get("InterfaceNumberOfEntries"));
    }

    @Test
    public void subnet_masks_of_prefix_lengths() {
        assertEquals("255.255.255.0", IpInterfaceProvider.subnetMask(24));
        assertEquals("255.255.255.255", IpInterfaceProvider.subnetMask(32));
        assertEquals("255.240.0.0", IpInterfaceProvider.subnetMask(12));
        assertEquals("0.0.0.0", IpInterfaceProvider.subnetMask(0));
    }

    @Test
    public void hosts_group_addresses_by_mac_and_keep_their_numbers() {
        host.interfaces.add(new IpInterface(4, "br-lan", true, false, 1500, List.of()));
        host.neighbours.add(new Neighbour("192.0.2.20", "02:00:00:00:00:20", "br-lan", true));
        host.neighbours.add(new Neighbour("192.0.2.30", "02:00:00:00:00:30", "br-lan", false));
        host.neighbours.add(new Neighbour("192.0.2.21", "02:00:00:00:00:20", "br-lan", true));
        HostsProvider p = new HostsProvider("Device.", host, clock, AGE);
        assertEquals(List.of(1L, 2L), p.instances("Device.Hosts.Host.").value());
        Map<String, String> h1 = p.read("Device.Hosts.Host.1.", List.of("PhysAddress", "IPAddress", "Active",
                "Layer3Interface", "IPv4AddressNumberOfEntries", "HostName")).value();
        assertEquals(Map.of("PhysAddress", "02:00:00:00:00:20", "IPAddress", "192.0.2.20", "Active", "true",
                "Layer3Interface", "Device.IP.Interface.4", "IPv4AddressNumberOfEntries", "2"), h1);
        assertEquals("192.0.2.21", p.read("Device.Hosts.Host.1.IPv4Address.2.", List.of("IPAddress")).value().get("IPAddress"));
        assertEquals("false", p.read("Device.Hosts.Host.2.", List.of("Active")).value().get("Active"));

        host.neighbours.remove(0);
        host.neighbours.remove(1);
        host.neighbours.add(new Neighbour("192.0.2.40", "02:00:00:00:00:40", "br-lan", true));
        clock.advance(AGE);
        assertEquals(List.of(2L, 3L), p.instances("Device.Hosts.Host.").value());
        assertTrue(p.read("Device.Hosts.Host.1.", List.of("PhysAddress")).value().isEmpty());
    }
}
