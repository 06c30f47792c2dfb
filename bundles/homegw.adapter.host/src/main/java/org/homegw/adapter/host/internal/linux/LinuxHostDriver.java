package org.homegw.adapter.host.internal.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.homegw.adapter.host.spi.CpuSample;
import org.homegw.adapter.host.spi.CpuTimes;
import org.homegw.adapter.host.spi.EthernetLink;
import org.homegw.adapter.host.spi.HostDriver;
import org.homegw.adapter.host.spi.IpInterface;
import org.homegw.adapter.host.spi.MemoryStatus;
import org.homegw.adapter.host.spi.Neighbour;
import org.homegw.adapter.host.spi.ProcessEntry;

/** The Linux host: /proc for uptime, memory, CPU, processes and ARP; /sys for Ethernet; the JDK for IP. */
public final class LinuxHostDriver implements HostDriver {

    private static final System.Logger LOG = System.getLogger(LinuxHostDriver.class.getName());

    private final Path proc;
    private final SysNetReader sysNet;

    /** @param proc normally /proc; @param sysClassNet normally /sys/class/net */
    public LinuxHostDriver(Path proc, Path sysClassNet) {
        this.proc = proc;
        this.sysNet = new SysNetReader(sysClassNet);
    }

    @Override
    public long uptimeSeconds() throws IOException {
        return UptimeParser.parse(read(proc.resolve("uptime")));
    }

    @Override
    public MemoryStatus memory() throws IOException {
        return MemInfoParser.parse(read(proc.resolve("meminfo")));
    }

    @Override
    public CpuTimes cpuTimes() throws IOException {
        return CpuStatParser.parse(read(proc.resolve("stat")));
    }

    @Override
    public List<CpuSample> cpus() throws IOException {
        return CpuStatParser.perCpu(read(proc.resolve("stat")));
    }

    @Override
    public List<ProcessEntry> processes() throws IOException {
        List<ProcessEntry> out = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(proc, LinuxHostDriver::isPidDirectory)) {
            for (Path dir : dirs) {
                try {
                    out.add(ProcessStatParser.parse(read(dir.resolve("stat"))));
                } catch (NoSuchFileException e) {
                    // the process ended while the table was being read
                } catch (IOException | RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "skipping unreadable " + dir, e);
                }
            }
        }
        out.sort(Comparator.comparingInt(ProcessEntry::pid));
        return out;
    }

    private static boolean isPidDirectory(Path p) {
        String name = p.getFileName().toString();
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    @Override
    public List<EthernetLink> ethernetLinks() throws IOException {
        return sysNet.ethernetLinks();
    }

    @Override
    public List<IpInterface> ipInterfaces() throws IOException {
        return JdkInterfaces.read();
    }

    @Override
    public List<Neighbour> neighbours() throws IOException {
        Path arp = proc.resolve("net/arp");
        return Files.exists(arp) ? ArpTableParser.parse(read(arp)) : List.of();
    }

    private static String read(Path file) throws IOException {
        // decoded leniently: a process may carry any bytes in its name
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
