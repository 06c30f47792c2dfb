package org.homegw.adapter.host.internal.dm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.homegw.adapter.host.spi.CpuSample;
import org.homegw.adapter.host.spi.CpuTimes;
import org.homegw.adapter.host.spi.EthernetLink;
import org.homegw.adapter.host.spi.HostDriver;
import org.homegw.adapter.host.spi.IpInterface;
import org.homegw.adapter.host.spi.MemoryStatus;
import org.homegw.adapter.host.spi.Neighbour;
import org.homegw.adapter.host.spi.ProcessEntry;

/** A host driver whose figures the test sets, counting how often it is read. */
final class FakeHost implements HostDriver {

    long uptime = 100;
    MemoryStatus memory = new MemoryStatus(1000, 400);
    CpuTimes cpu = new CpuTimes(0, 0);
    List<CpuSample> cpus = new ArrayList<>();
    List<ProcessEntry> processes = new ArrayList<>();
    List<EthernetLink> links = new ArrayList<>();
    List<IpInterface> interfaces = new ArrayList<>();
    List<Neighbour> neighbours = new ArrayList<>();
    final AtomicInteger processReads = new AtomicInteger();

    @Override
    public long uptimeSeconds() {
        return uptime;
    }

    @Override
    public MemoryStatus memory() {
        return memory;
    }

    @Override
    public CpuTimes cpuTimes() {
        return cpu;
    }

    @Override
    public List<CpuSample> cpus() {
        return List.copyOf(cpus);
    }

    @Override
    public List<ProcessEntry> processes() {
        processReads.incrementAndGet();
        return List.copyOf(processes);
    }

    @Override
    public List<EthernetLink> ethernetLinks() {
        return List.copyOf(links);
    }

    @Override
    public List<IpInterface> ipInterfaces() {
        return List.copyOf(interfaces);
    }

    @Override
    public List<Neighbour> neighbours() {
        return List.copyOf(neighbours);
    }
}
