package org.homegw.adapter.host.internal.linux;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.homegw.adapter.host.spi.EthernetLink;
import org.homegw.adapter.host.spi.IpInterface;
import org.homegw.adapter.host.spi.MemoryStatus;
import org.homegw.adapter.host.spi.ProcessEntry;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;

/** The Linux driver against what this machine's /proc and /sys say, read independently here. */
public class LinuxHostDriverTest {

    private static final Path PROC = Path.of("/proc");
    private static final Path SYS_NET = Path.of("/sys/class/net");
    private LinuxHostDriver driver;

    @Before
    public void onLinux() {
        Assume.assumeTrue("needs Linux /proc", Files.isRegularFile(PROC.resolve("meminfo")));
        driver = new LinuxHostDriver(PROC, SYS_NET);
    }

    private static long firstNumber(String file) throws IOException {
        return (long) Double.parseDouble(Files.readString(PROC.resolve(file)).strip().split("\\s+")[0]);
    }

    private static long meminfo(String key) throws IOException {
        for (String line : Files.readAllLines(PROC.resolve("meminfo"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new AssertionError(key + " missing");
    }

    @Test
    public void uptime_is_what_proc_uptime_says() throws IOException {
        long before = firstNumber("uptime");
        long read = driver.uptimeSeconds();
        long after = firstNumber("uptime");
        assertTrue(before + " <= " + read + " <= " + after, before <= read && read <= after);
    }

    @Test
    public void memory_total_is_exact_and_free_is_close() throws IOException {
        MemoryStatus m = driver.memory();
        assertEquals(meminfo("MemTotal"), m.totalKib());
        // free memory moves while the test runs: allow 5% of the total
        assertTrue(Math.abs(meminfo("MemFree") - m.freeKib()) < m.totalKib() / 20);
    }

    @Test
    public void one_cpu_sample_per_cpu_line_of_proc_stat() throws IOException {
        List<String> lines = Files.readAllLines(PROC.resolve("stat")).stream()
                .filter(l -> l.matches("cpu[0-9]+ .*")).toList();
        List<org.homegw.adapter.host.spi.CpuSample> cpus = driver.cpus();
        assertEquals(lines.size(), cpus.size());
        for (int i = 0; i < cpus.size(); i++) {
            assertEquals(lines.get(i).split(" ")[0], cpus.get(i).name());
            assertTrue(cpus.get(i).total() >= cpus.get(i).user() + cpus.get(i).system() + cpus.get(i).idle());
        }
    }

    @Test
    public void process_table_contains_this_jvm_with_its_proc_figures() throws IOException {
        long pid = ProcessHandle.current().pid();
        String stat = Files.readString(PROC.resolve(pid + "/stat"));
        String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        ProcessEntry me = driver.processes().stream().filter(p -> p.pid() == pid).findFirst().orElse(null);
        assertNotNull("this JVM (pid " + pid + ") is in the table", me);
        assertEquals(comm, me.command());
        assertTrue(me.cpuTimeMs() > 0);
        assertTrue(me.sizeKib() > 0);
        Set<Long> procPids = new HashSet<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(PROC, "[0-9]*")) {
            dirs.forEach(d -> procPids.add(Long.parseLong(d.getFileName().toString())));
        }
        long matching = driver.processes().stream().filter(p -> procPids.contains((long) p.pid())).count();
        // processes start and end meanwhile; nearly all must match
        assertTrue(matching + " of " + procPids.size(), matching >= procPids.size() * 9 / 10);
    }

    @Test
    public void ethernet_links_are_the_physical_ones_in_sys_with_moving_counters_in_range() throws IOException {
        Assume.assumeTrue(Files.isDirectory(SYS_NET));
        List<String> physical = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(SYS_NET)) {
            for (Path d : dirs) {
                if (Files.readString(d.resolve("type")).strip().equals("1") && Files.exists(d.resolve("device"))
                        && !Files.exists(d.resolve("wireless")) && !Files.exists(d.resolve("bridge"))) {
                    physical.add(d.getFileName().toString());
                }
            }
        }
        List<EthernetLink> before = driver.ethernetLinks();
        assertEquals(physical.stream().sorted().toList(), before.stream().map(EthernetLink::name).sorted().toList());
        for (EthernetLink link : before) {
            Path dir = SYS_NET.resolve(link.name());
            assertEquals(Files.readString(dir.resolve("address")).strip(), link.macAddress());
            assertEquals(Integer.parseInt(Files.readString(dir.resolve("ifindex")).strip()), link.index());
            long rx = Long.parseLong(Files.readString(dir.resolve("statistics/rx_bytes")).strip());
            long later = driver.ethernetLinks().stream().filter(l -> l.name().equals(link.name())).findFirst()
                    .orElseThrow().stats().bytesReceived();
            assertTrue(link.stats().bytesReceived() <= rx && rx <= later);
        }
    }

    @Test
    public void ip_interfaces_include_loopback_with_its_addresses() throws IOException {
        List<IpInterface> all = driver.ipInterfaces();
        IpInterface lo = all.stream().filter(IpInterface::loopback).findFirst().orElse(null);
        Assume.assumeNotNull(lo);
        assertTrue(lo.addresses().stream().anyMatch(a -> a.address().equals("127.0.0.1") && a.prefixLength() == 8));
        if (Files.isDirectory(SYS_NET)) {
            for (IpInterface nif : all) {
                Path dir = SYS_NET.resolve(nif.name());
                if (Files.isDirectory(dir)) {
                    assertEquals(Integer.parseInt(Files.readString(dir.resolve("ifindex")).strip()), nif.index());
                }
            }
        }
    }

    @Test
    public void neighbours_are_the_arp_entries_with_an_address() throws IOException {
        Path arp = PROC.resolve("net/arp");
        Assume.assumeTrue(Files.isReadable(arp));
        long expected = Files.readAllLines(arp).stream().skip(1)
                .filter(l -> !l.contains("00:00:00:00:00:00") && !l.isBlank()).count();
        // the table can change between the two reads; one entry of slack
        assertTrue(Math.abs(expected - driver.neighbours().size()) <= 1);
    }
}
