package org.homegw.adapter.host.internal.linux;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.homegw.adapter.host.spi.CpuSample;
import org.homegw.adapter.host.spi.CpuTimes;
import org.homegw.adapter.host.spi.MemoryStatus;
import org.homegw.adapter.host.spi.Neighbour;
import org.homegw.adapter.host.spi.ProcessEntry;
import org.junit.Test;

/** The /proc parsers on sample file contents. */
public class ProcParsersTest {

    @Test
    public void uptime_drops_the_fraction() {
        assertEquals(6199, UptimeParser.parse("6199.68 10390.99\n"));
        assertEquals(12, UptimeParser.parse("12 3\n"));
    }

    @Test
    public void meminfo_gives_total_and_free_in_kib() {
        MemoryStatus m = MemInfoParser.parse("MemTotal:       24684084 kB\nMemFree:        23333704 kB\n"
                + "MemAvailable:   23969416 kB\nBuffers:           23788 kB\n");
        assertEquals(new MemoryStatus(24684084, 23333704), m);
    }

    @Test(expected = IllegalArgumentException.class)
    public void meminfo_without_total_is_refused() {
        MemInfoParser.parse("MemFree: 1 kB\n");
    }

    @Test
    public void cpu_busy_excludes_idle_and_iowait_and_guest() {
        CpuTimes t = CpuStatParser.parse("cpu  100 5 20 800 50 3 2 1 7 0\ncpu0 50 2 10 400 25 1 1 0 3 0\n");
        assertEquals(100 + 5 + 20 + 800 + 50 + 3 + 2 + 1, t.totalTicks());
        assertEquals(100 + 5 + 20 + 3 + 2 + 1, t.busyTicks());
    }

    @Test
    public void per_cpu_lines_split_user_system_and_idle() {
        List<CpuSample> cpus = CpuStatParser.perCpu("cpu  100 5 20 800 50 3 2 1 7 0\n"
                + "cpu0 50 2 10 400 25 1 1 0 3 0\ncpu1 50 3 10 400 25 2 1 1 4 0\nintr 12345\n");
        assertEquals(2, cpus.size());
        assertEquals(new CpuSample("cpu0", 52, 12, 425, 489), cpus.get(0));
        assertEquals("cpu1", cpus.get(1).name());
    }

    @Test
    public void cpu_usage_rounds_up_and_stays_within_0_to_100() {
        assertEquals(34, new CpuTimes(134, 400).usagePercentSince(new CpuTimes(100, 300)));
        assertEquals(1, new CpuTimes(101, 1300).usagePercentSince(new CpuTimes(100, 300)));
        assertEquals(0, new CpuTimes(100, 300).usagePercentSince(new CpuTimes(100, 300)));
        assertEquals(100, new CpuTimes(400, 400).usagePercentSince(new CpuTimes(300, 300)));
    }

    @Test
    public void process_stat_with_spaces_and_parentheses_in_the_command() {
        String line = "4242 (my (odd) cmd) S 1 4242 4242 0 -1 4194560 500 0 0 0 250 130 0 0 20 0 1 0 619968 "
                + "3133440 394 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n";
        ProcessEntry p = ProcessStatParser.parse(line);
        assertEquals(4242, p.pid());
        assertEquals("my (odd) cmd", p.command());
        assertEquals("Sleeping", p.state());
        assertEquals(20, p.priority());
        assertEquals((250 + 130) * 10L, p.cpuTimeMs());
        assertEquals(3133440 / 1024, p.sizeKib());
    }

    @Test
    public void process_states_and_priorities_map_to_tr181() {
        assertEquals("Running", ProcessStatParser.state('R'));
        assertEquals("Uninterruptible", ProcessStatParser.state('D'));
        assertEquals("Stopped", ProcessStatParser.state('T'));
        assertEquals("Zombie", ProcessStatParser.state('Z'));
        assertEquals("Idle", ProcessStatParser.state('I'));
        assertEquals(0, ProcessStatParser.priority(-51));
        assertEquals(39, ProcessStatParser.priority(39));
    }

    @Test
    public void arp_table_keeps_entries_with_an_address() {
        List<Neighbour> n = ArpTableParser.parse(
                "IP address       HW type     Flags       HW address            Mask     Device\n"
                        + "192.0.2.1        0x1         0x2         02:FC:00:00:00:05     *        eth0\n"
                        + "192.0.2.7        0x1         0x0         00:00:00:00:00:00     *        eth0\n"
                        + "192.0.2.9        0x1         0x0         02:fc:00:00:00:09     *        br-lan\n");
        assertEquals(2, n.size());
        assertEquals(new Neighbour("192.0.2.1", "02:fc:00:00:00:05", "eth0", true), n.get(0));
        assertFalse(n.get(1).complete());
        assertTrue(ArpTableParser.parse("IP address HW type Flags HW address Mask Device\n").isEmpty());
    }
}
