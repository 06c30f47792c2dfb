package org.homegw.adapter.host.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homegw.adapter.host.internal.dm.DeviceInfoProvider;
import org.homegw.adapter.host.internal.dm.EthernetProvider;
import org.homegw.adapter.host.internal.dm.HostsProvider;
import org.homegw.adapter.host.internal.dm.IpInterfaceProvider;
import org.homegw.adapter.host.internal.linux.IpLinkControl;
import org.homegw.adapter.host.internal.linux.LinuxHostDriver;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.spi.ParameterProvider;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The host providers plugged into the real registry on the shipped Device:2.19 definitions, reading this Linux host. */
public class HostAdapterRegistryTest {

    private static final Path DEFINITIONS = Path.of("../../device-config/datamodel/device-2.19.dmdefs");
    private static SchemaTree tree;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private DataModelRegistry registry;

    @BeforeClass
    public static void loadDefinitions() throws Exception {
        Assume.assumeTrue(Files.isRegularFile(DEFINITIONS));
        tree = DefinitionsAdapter.toTree(new DefinitionsLoader().load(DEFINITIONS));
    }

    @Before
    public void setUp() throws Exception {
        Assume.assumeTrue("needs Linux /proc", Files.isRegularFile(Path.of("/proc/meminfo")));
        LinuxHostDriver driver = new LinuxHostDriver(Path.of("/proc"), Path.of("/sys/class/net"));
        Clock clock = Clock.systemUTC();
        Duration age = Duration.ofSeconds(1);
        ProviderTable providers = new ProviderTable();
        registry = new RegistryAssembly(tree).stateDir(tmp.newFolder().toPath()).providers(providers)
                .defaultsText("Device.DeviceInfo.Manufacturer=homegw").build().registry();
        DeviceInfoProvider info = new DeviceInfoProvider("Device.", driver, clock, age);
        // the shipped control as configured by default: it refuses, so the host is never touched
        IpLinkControl control = new IpLinkControl(false, Set.of(), List.of("ip"), 1000);
        EthernetProvider eth = new EthernetProvider("Device.", driver, control, clock, age);
        IpInterfaceProvider ip = new IpInterfaceProvider("Device.", driver, control, clock, age);
        HostsProvider hosts = new HostsProvider("Device.", driver, clock, age);
        add(providers, info, info.paths(), 1);
        add(providers, eth, eth.paths(), 2);
        add(providers, ip, ip.paths(), 3);
        add(providers, hosts, hosts.paths(), 4);
    }

    private static void add(ProviderTable table, ParameterProvider p, List<String> paths, long id) {
        table.add(new ProviderRegistration(p, paths, 0, id, false));
    }

    private Map<String, String> get(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        int count = registry.getValues(List.of(path), v -> out.put(v.path(), v.value())).value();
        assertEquals(count, out.size());
        return out;
    }

    @Test
    public void device_info_subtree_mixes_live_values_with_the_store() throws Exception {
        Map<String, String> info = get("Device.DeviceInfo.");
        assertEquals("homegw", info.get("Device.DeviceInfo.Manufacturer"));
        long uptime = (long) Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
        assertTrue(Math.abs(uptime - Long.parseLong(info.get("Device.DeviceInfo.UpTime"))) <= 2);
        assertNotNull(info.get("Device.DeviceInfo.MemoryStatus.Total"));
        int cpu = Integer.parseInt(info.get("Device.DeviceInfo.ProcessStatus.CPUUsage"));
        assertTrue(cpu >= 0 && cpu <= 100);
        assertEquals("cpu0", info.get("Device.DeviceInfo.ProcessStatus.CPU.1.Name"));
        assertEquals(info.get("Device.DeviceInfo.ProcessStatus.CPUNumberOfEntries"),
                Long.toString(info.keySet().stream().filter(k -> k.matches(".*\\.CPU\\.\\d+\\.Name")).count()));
        long pid = ProcessHandle.current().pid();
        String me = "Device.DeviceInfo.ProcessStatus.Process." + pid + ".";
        assertEquals(Long.toString(pid), info.get(me + "PID"));
        String state = info.get(me + "State");
        assertTrue(state, List.of("Running", "Sleeping").contains(state));
        // TotalPersistent is defined but nobody can answer it: not claimed
        assertTrue(!info.containsKey("Device.DeviceInfo.MemoryStatus.TotalPersistent"));
    }

    @Test
    public void ethernet_ip_and_hosts_subtrees_read_through_the_registry() throws Exception {
        Map<String, String> eth = get("Device.Ethernet.");
        int links = Integer.parseInt(eth.get("Device.Ethernet.InterfaceNumberOfEntries"));
        assertEquals(links, eth.keySet().stream().filter(k -> k.endsWith(".Stats.BytesReceived")).count());

        Map<String, String> ip = get("Device.IP.");
        String lo = ip.entrySet().stream().filter(e -> e.getKey().endsWith(".Name") && e.getValue().equals("lo"))
                .map(e -> e.getKey().substring(0, e.getKey().length() - "Name".length())).findFirst().orElse(null);
        Assume.assumeNotNull(lo);
        assertEquals("Loopback", ip.get(lo + "Type"));
        assertTrue(ip.containsValue("127.0.0.1"));
        assertEquals("255.0.0.0", ip.entrySet().stream().filter(e -> e.getValue().equals("127.0.0.1")).findFirst()
                .map(e -> ip.get(e.getKey().replace("IPAddress", "SubnetMask"))).orElseThrow());

        Map<String, String> hosts = get("Device.Hosts.");
        int n = Integer.parseInt(hosts.get("Device.Hosts.HostNumberOfEntries"));
        assertEquals(n, hosts.keySet().stream().filter(k -> k.matches("Device\\.Hosts\\.Host\\.\\d+\\.PhysAddress")).count());
    }

    @Test
    public void interface_enable_is_denied_by_the_unconfigured_linux_control_and_nothing_changes() throws Exception {
        String lo = "Device.IP.Interface." + java.net.NetworkInterface.getByName("lo").getIndex() + ".";
        String before = registry.getValue(lo + "Enable").value().value();
        CwmpFault f = registry.setValues(List.of(new ParameterValue(lo + "Enable", "false", "boolean"),
                new ParameterValue("Device.ManagementServer.PeriodicInformInterval", "60", "unsignedInt")),
                "k1", Caller.ACS).faultOrNull();
        assertEquals(CwmpFault.INVALID_ARGUMENTS, f.code());
        assertEquals(1, f.parameterFaults().size());
        assertEquals(CwmpFault.REQUEST_DENIED, f.parameterFaults().get(0).code());
        assertTrue(f.parameterFaults().get(0).message(), f.parameterFaults().get(0).message().contains("allowInterfaceControl=false"));
        assertEquals(before, registry.getValue(lo + "Enable").value().value());
        assertEquals("3600", registry.getValue("Device.ManagementServer.PeriodicInformInterval").value().value());
        // a read-only one is refused by the registry itself
        assertEquals(CwmpFault.NOT_WRITABLE, registry.setValues(List.of(new ParameterValue("Device.DeviceInfo.UpTime", "1", "unsignedInt")),
                "k2", Caller.ACS).faultOrNull().parameterFaults().get(0).code());
    }
}
