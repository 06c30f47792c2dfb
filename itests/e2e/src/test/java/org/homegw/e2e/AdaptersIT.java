package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.homegw.cwmp.message.AddObject;
import org.homegw.cwmp.message.AddObjectResponse;
import org.homegw.cwmp.message.DeleteObject;
import org.homegw.cwmp.message.DeleteObjectResponse;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesFault;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Each adapter subtree read by the lab ACS from the shipped distribution (all five adapters over
 * their default drivers), host values compared with what /proc and /sys say, and a write a driver
 * refuses. One gateway serves the class.
 */
public class AdaptersIT {

    @ClassRule
    public static final E2eGateway GW = E2eGateway.standard();

    private static final Path SYS_NET = Path.of("/sys/class/net");
    private static final int IFF_UP = 0x1;

    @Test
    public void device_info_reports_the_hosts_uptime_memory_and_the_gateway_process() throws IOException {
        long uptimeBefore = procUptime();
        Map<String, String> v = gpv("Device.DeviceInfo.");
        long uptimeAfter = procUptime();
        long upTime = Long.parseLong(v.get("Device.DeviceInfo.UpTime"));
        assertTrue(uptimeBefore + " <= " + upTime + " <= " + uptimeAfter, uptimeBefore <= upTime && upTime <= uptimeAfter);
        assertEquals(Long.toString(meminfo("MemTotal")), v.get("Device.DeviceInfo.MemoryStatus.Total"));
        // the gateway JVM is one of the processes, its instance number being its PID
        String gw = "Device.DeviceInfo.ProcessStatus.Process." + GW.process().pid() + ".";
        assertEquals(Long.toString(GW.process().pid()), v.get(gw + "PID"));
        assertEquals("java", v.get(gw + "Command"));
        int cpus = Runtime.getRuntime().availableProcessors();
        assertEquals(Integer.toString(cpuLines()), v.get("Device.DeviceInfo.ProcessStatus.CPUNumberOfEntries"));
        assertTrue(cpus <= cpuLines());
        int usage = Integer.parseInt(v.get("Device.DeviceInfo.ProcessStatus.CPUUsage"));
        assertTrue("CPUUsage " + usage, usage >= 0 && usage <= 100);
        // identity stays with the device configuration (the host adapter does not shadow it)
        assertEquals("homegw", v.get("Device.DeviceInfo.Manufacturer"));
    }

    @Test
    public void interface_enable_is_denied_by_the_shipped_control_and_the_interface_stays_as_it_is() throws IOException {
        Path nic = physicalNics().get(0);
        String eth = "Device.Ethernet.Interface." + read(nic.resolve("ifindex")) + ".Enable";
        String ip = "Device.IP.Interface." + read(nic.resolve("ifindex")) + ".Enable";
        String flags = read(nic.resolve("flags"));
        // one request each: the registry reports the faults of the first provider that refuses
        for (String enable : List.of(eth, ip)) {
            FaultMessage f = GW.rpc1(new SetParameterValues(List.of(new ParameterValueStruct(enable, "false", "boolean")),
                    "if-off")).fault();
            assertEquals(9003, f.faultCode());
            assertEquals(Map.of(enable, 9001), f.setParameterValuesFaults().stream()
                    .collect(Collectors.toMap(SetParameterValuesFault::parameterName, SetParameterValuesFault::faultCode)));
        }
        assertEquals(flags, read(nic.resolve("flags")));
        GW.awaitOutput("refusing " + eth + "=false: switching interfaces is off on this device", 1);
    }

    @Test
    public void ethernet_interfaces_are_the_physical_nics_of_sys_class_net_with_their_counters() throws IOException {
        List<Path> nics = physicalNics();
        Map<Path, Long> rxBefore = counters(nics, "rx_bytes");
        Map<String, String> v = gpv("Device.Ethernet.");
        Map<Path, Long> rxAfter = counters(nics, "rx_bytes");
        assertEquals(Integer.toString(nics.size()), v.get("Device.Ethernet.InterfaceNumberOfEntries"));
        for (Path nic : nics) {
            String i = "Device.Ethernet.Interface." + read(nic.resolve("ifindex")) + ".";
            assertEquals(nic.getFileName().toString(), v.get(i + "Name"));
            assertEquals(read(nic.resolve("address")), v.get(i + "MACAddress"));
            assertEquals(read(nic.resolve("operstate")).equals("up") ? "Up" : "Down", v.get(i + "Status"));
            long rx = Long.parseLong(v.get(i + "Stats.BytesReceived"));
            assertTrue(rxBefore.get(nic) + " <= " + rx + " <= " + rxAfter.get(nic),
                    rxBefore.get(nic) <= rx && rx <= rxAfter.get(nic));
        }
    }

    @Test
    public void ip_interfaces_are_the_kernels_interfaces_with_their_addresses() throws IOException {
        Map<String, String> v = gpv("Device.IP.Interface.");
        Set<String> names = v.entrySet().stream().filter(e -> e.getKey().matches("Device\\.IP\\.Interface\\.\\d+\\.Name"))
                .map(Map.Entry::getValue).collect(Collectors.toCollection(TreeSet::new));
        // every interface that is up is there (the JDK leaves out down ones without addresses), none invented
        Set<String> all = new TreeSet<>();
        Set<String> up = new TreeSet<>();
        try (Stream<Path> s = Files.list(SYS_NET)) {
            for (Path p : s.toList()) {
                all.add(p.getFileName().toString());
                if ((Integer.decode(read(p.resolve("flags"))) & IFF_UP) != 0) {
                    up.add(p.getFileName().toString());
                }
            }
        }
        assertTrue(names + " has every up interface of " + up, names.containsAll(up));
        assertTrue(names + " within " + all, all.containsAll(names));
        for (String name : names) {
            String i = instanceWhere(v, "Device.IP.Interface.", "Name", name);
            assertEquals(up.contains(name) ? "Up" : "Down", v.get(i + "Status"));
        }
        String lo = instanceWhere(v, "Device.IP.Interface.", "Name", "lo");
        assertEquals("true", v.get(lo + "Loopback"));
        assertTrue(v.toString(), v.entrySet().stream().anyMatch(e -> e.getKey().startsWith(lo + "IPv4Address.")
                && e.getKey().endsWith(".IPAddress") && e.getValue().equals("127.0.0.1")));
    }

    @Test
    public void hosts_are_the_neighbours_of_proc_net_arp() throws IOException {
        Set<String> arp = new TreeSet<>();
        List<String> table = Files.readAllLines(Path.of("/proc/net/arp"));
        for (String line : table.subList(1, table.size())) {
            String[] f = line.strip().split("\\s+");
            if (f.length >= 6 && !f[3].equals("00:00:00:00:00:00")) {
                arp.add(f[3].toLowerCase() + " " + f[0]);
            }
        }
        Map<String, String> v = gpv("Device.Hosts.");
        Set<String> hosts = new TreeSet<>();
        for (Map.Entry<String, String> e : v.entrySet()) {
            if (e.getKey().matches("Device\\.Hosts\\.Host\\.\\d+\\.PhysAddress")) {
                String host = e.getKey().substring(0, e.getKey().length() - "PhysAddress".length());
                hosts.add(e.getValue() + " " + v.get(host + "IPAddress"));
            }
        }
        assertEquals(arp, hosts);
        assertEquals(Integer.toString(hosts.size()), v.get("Device.Hosts.HostNumberOfEntries"));
    }

    @Test
    public void wifi_serves_two_radios_with_their_ssids_and_access_points() {
        Map<String, String> v = gpv("Device.WiFi.");
        assertEquals("2", v.get("Device.WiFi.RadioNumberOfEntries"));
        assertEquals("2.4GHz", v.get("Device.WiFi.Radio.1.OperatingFrequencyBand"));
        assertEquals("5GHz", v.get("Device.WiFi.Radio.2.OperatingFrequencyBand"));
        int ssids = Integer.parseInt(v.get("Device.WiFi.SSIDNumberOfEntries"));
        assertTrue(ssids >= 2);
        // instance numbers: another test of the class may have deleted and added SSIDs
        List<String> instances = v.keySet().stream().filter(k -> k.matches("Device\\.WiFi\\.SSID\\.\\d+\\.BSSID"))
                .map(k -> k.substring(0, k.length() - "BSSID".length())).toList();
        assertEquals(ssids, instances.size());
        for (String i : instances) {
            assertTrue(v.get(i + "LowerLayers").startsWith("Device.WiFi.Radio."));
            assertTrue(v.get(i + "BSSID").matches("([0-9a-f]{2}:){5}[0-9a-f]{2}"));
        }
        assertEquals("", v.get("Device.WiFi.AccessPoint.1.Security.KeyPassphrase"));
    }

    @Test
    public void a_channel_the_radio_cannot_use_is_refused_with_9007_and_nothing_is_applied() {
        Map<String, String> before = gpv("Device.WiFi.Radio.1.", "Device.WiFi.Radio.2.", "Device.WiFi.SSID.1.SSID");
        FaultMessage f = GW.rpc1(new SetParameterValues(List.of(
                new ParameterValueStruct("Device.WiFi.SSID.1.SSID", "must-not-stick", "string"),
                new ParameterValueStruct("Device.WiFi.Radio.1.AutoChannelEnable", "false", "boolean"),
                // 13 is in the 2.4 GHz band but not permitted by the factory regulatory domain (US: 1-11)
                new ParameterValueStruct("Device.WiFi.Radio.1.Channel", "13", "unsignedInt"),
                new ParameterValueStruct("Device.WiFi.Radio.2.AutoChannelEnable", "false", "boolean"),
                // 13 is outside the 5 GHz radio's band
                new ParameterValueStruct("Device.WiFi.Radio.2.Channel", "13", "unsignedInt")), "wifi-bad")).fault();
        assertEquals(9003, f.faultCode());
        Map<String, Integer> faults = f.setParameterValuesFaults().stream()
                .collect(Collectors.toMap(SetParameterValuesFault::parameterName, SetParameterValuesFault::faultCode));
        assertEquals(Map.of("Device.WiFi.Radio.1.Channel", 9007, "Device.WiFi.Radio.2.Channel", 9007), faults);
        Map<String, String> after = gpv("Device.WiFi.Radio.1.", "Device.WiFi.Radio.2.", "Device.WiFi.SSID.1.SSID");
        assertEquals(withoutStats(before), withoutStats(after));
        // a channel the band and domain permit is taken: the refusal above was about the values alone
        int status = GW.rpc1(new SetParameterValues(List.of(
                new ParameterValueStruct("Device.WiFi.Radio.1.AutoChannelEnable", "false", "boolean"),
                new ParameterValueStruct("Device.WiFi.Radio.1.Channel", "6", "unsignedInt")), "wifi-good"))
                .response(SetParameterValuesResponse.class).status();
        assertTrue("status " + status, status == 0 || status == 1);
        assertEquals("6", gpv("Device.WiFi.Radio.1.Channel").get("Device.WiFi.Radio.1.Channel"));
    }

    @Test
    public void wifi_ssids_are_added_while_a_slot_is_free_and_a_deleted_ssid_leaves_its_access_point_unbound() {
        FaultMessage full = GW.rpc1(new AddObject("Device.WiFi.SSID.", "ssid-add-1")).fault();
        assertEquals(9004, full.faultCode());
        assertEquals(0, GW.rpc1(new DeleteObject("Device.WiFi.SSID.4.", "ssid-del")).response(DeleteObjectResponse.class)
                .status());
        Map<String, String> ap = gpv("Device.WiFi.AccessPoint.4.");
        assertEquals("", ap.get("Device.WiFi.AccessPoint.4.SSIDReference"));
        assertEquals("Error_Misconfigured", ap.get("Device.WiFi.AccessPoint.4.Status"));
        long n = GW.rpc1(new AddObject("Device.WiFi.SSID.", "ssid-add-2")).response(AddObjectResponse.class).instanceNumber();
        assertEquals("Device.WiFi.Radio.2", gpv("Device.WiFi.SSID." + n + ".LowerLayers").get("Device.WiFi.SSID." + n + ".LowerLayers"));
        int status = GW.rpc1(new SetParameterValues(List.of(
                new ParameterValueStruct("Device.WiFi.SSID." + n + ".SSID", "e2e-guest", "string"),
                new ParameterValueStruct("Device.WiFi.AccessPoint.4.SSIDReference", "Device.WiFi.SSID." + n, "string")),
                "ssid-bind")).response(SetParameterValuesResponse.class).status();
        assertTrue(status == 0 || status == 1);
        // a new SSID starts disabled
        assertEquals("Down", gpv("Device.WiFi.SSID." + n + ".Status").get("Device.WiFi.SSID." + n + ".Status"));
        assertEquals("Enabled", gpv("Device.WiFi.AccessPoint.4.Status").get("Device.WiFi.AccessPoint.4.Status"));
    }

    @Test
    public void voice_service_serves_lines_and_codecs_of_the_simulated_driver() {
        Map<String, String> v = gpv("Device.Services.VoiceService.");
        String vs = "Device.Services.VoiceService.1.";
        int lines = Integer.parseInt(v.get(vs + "CallControl.LineNumberOfEntries"));
        assertTrue(lines >= 1);
        assertTrue(v.keySet().stream().anyMatch(k -> k.startsWith(vs + "Capabilities.Codec.") && k.endsWith(".Codec")));
        assertTrue(v.containsKey(vs + "SIP.Client.1.RegisterURI"));
    }

    @Test
    public void storage_service_reports_the_file_systems_capacity() throws IOException {
        Map<String, String> v = gpv("Device.Services.StorageService.");
        String lv = "Device.Services.StorageService.1.LogicalVolume.1.";
        // the default share lives in the state directory: same file system
        FileStore fs = Files.getFileStore(GW.stateDir());
        assertEquals(Long.toString(fs.getTotalSpace() / (1024 * 1024)), v.get(lv + "Capacity"));
        long used = Long.parseLong(v.get(lv + "UsedSpace"));
        long usedNow = (fs.getTotalSpace() - fs.getUsableSpace()) / (1024 * 1024);
        // other builds write to the same disk: allow 512 MB of drift
        assertTrue(used + " vs " + usedNow, Math.abs(used - usedNow) < 512);
    }

    @Test
    public void nas_user_accounts_are_added_with_a_write_only_password_and_deleted() {
        String ss = "Device.Services.StorageService.1.";
        long n = GW.rpc1(new AddObject(ss + "UserAccount.", "user-add")).response(AddObjectResponse.class).instanceNumber();
        String u = ss + "UserAccount." + n + ".";
        GW.rpc1(new SetParameterValues(List.of(new ParameterValueStruct(u + "Username", "e2e-user", "string"),
                new ParameterValueStruct(u + "Password", "e2e-secret-1", "string"),
                new ParameterValueStruct(u + "Enable", "true", "boolean"),
                new ParameterValueStruct(ss + "NetworkServer.SMBEnable", "true", "boolean")), "user-set"))
                .response(SetParameterValuesResponse.class);
        Map<String, String> v = gpv(ss);
        assertEquals("e2e-user", v.get(u + "Username"));
        assertEquals("", v.get(u + "Password"));
        assertEquals("true", v.get(ss + "NetworkServer.SMBEnable"));
        assertEquals("NFS,SMB", v.get(ss + "Capabilities.SupportedNetworkProtocols"));
        FaultMessage afp = GW.rpc1(new SetParameterValues(List.of(
                new ParameterValueStruct(ss + "NetworkServer.AFPEnable", "true", "boolean")), "afp")).fault();
        assertEquals(9007, afp.setParameterValuesFaults().get(0).faultCode());
        assertEquals(0, GW.rpc1(new DeleteObject(u, "user-del")).response(DeleteObjectResponse.class).status());
        assertFalse(gpv(ss).containsKey(u + "Username"));
    }

    @Test
    public void stb_service_serves_components_outputs_and_consistent_stream_monitoring() {
        Map<String, String> v = gpv("Device.Services.STBService.");
        String stb = "Device.Services.STBService.1.";
        assertTrue(v.keySet().stream().anyMatch(k -> k.startsWith(stb + "Components.FrontEnd.1.")));
        assertTrue(v.keySet().stream().anyMatch(k -> k.startsWith(stb + "Components.VideoDecoder.1.")));
        assertTrue(v.keySet().stream().anyMatch(k -> k.startsWith(stb + "Capabilities.")));
        assertEquals("HDMI0", v.get(stb + "Components.VideoOutput.1.Name"));
        String rtp = stb + "ServiceMonitoring.MainStream.1.Total.RTPStats.";
        long expected = Long.parseLong(v.get(rtp + "PacketsExpected"));
        long received = Long.parseLong(v.get(rtp + "PacketsReceived"));
        assertEquals(expected, received + Long.parseLong(v.get(rtp + "PacketsLost")));
        assertEquals(7 * received, Long.parseLong(v.get(stb + "ServiceMonitoring.MainStream.1.Total.MPEG2TSStats.TSPacketsReceived")));
        assertEquals(v.get(rtp + "TotalSeconds"), v.get(stb + "ServiceMonitoring.MainStream.1.Total.TotalSeconds"));
    }

    private static Map<String, String> withoutStats(Map<String, String> m) {
        return m.entrySet().stream().filter(e -> !e.getKey().contains(".Stats."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static Map<String, String> gpv(String... paths) {
        GetParameterValuesResponse r = GW.rpc1(new GetParameterValues(List.of(paths)))
                .response(GetParameterValuesResponse.class);
        return r.parameterList().stream().collect(Collectors.toMap(ParameterValueStruct::name, ParameterValueStruct::value));
    }

    /** "prefix{i}." of the instance whose {@code param} has {@code value}. */
    private static String instanceWhere(Map<String, String> v, String prefix, String param, String value) {
        return v.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && e.getKey().endsWith("." + param)
                        && e.getValue().equals(value))
                .map(e -> e.getKey().substring(0, e.getKey().length() - param.length())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + "{i}." + param + "=" + value + " in " + v));
    }

    private static long procUptime() throws IOException {
        return (long) Double.parseDouble(read(Path.of("/proc/uptime")).split(" ")[0]);
    }

    private static long meminfo(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new AssertionError(key + " not in /proc/meminfo");
    }

    private static int cpuLines() throws IOException {
        return (int) Files.readAllLines(Path.of("/proc/stat")).stream().filter(l -> l.matches("cpu\\d+ .*")).count();
    }

    /** Interfaces backed by a device (not lo, bridges, ifb...), as the host adapter defines Ethernet. */
    private static List<Path> physicalNics() throws IOException {
        try (Stream<Path> s = Files.list(SYS_NET)) {
            return s.filter(p -> Files.exists(p.resolve("device"))).filter(p -> !Files.exists(p.resolve("wireless")))
                    .sorted().toList();
        }
    }

    private static Map<Path, Long> counters(List<Path> nics, String counter) throws IOException {
        Map<Path, Long> out = new java.util.HashMap<>();
        for (Path nic : nics) {
            out.put(nic, Long.parseLong(read(nic.resolve("statistics/" + counter))));
        }
        return out;
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8).strip();
    }
}
