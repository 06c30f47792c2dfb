package org.homegw.adapter.host.internal.osgi;

import java.io.IOException;
import java.util.List;

import org.homegw.adapter.host.spi.CpuSample;
import org.homegw.adapter.host.spi.CpuTimes;
import org.homegw.adapter.host.spi.EthernetLink;
import org.homegw.adapter.host.spi.HostDriver;
import org.homegw.adapter.host.spi.IpInterface;
import org.homegw.adapter.host.spi.MemoryStatus;
import org.homegw.adapter.host.spi.Neighbour;
import org.homegw.adapter.host.spi.ProcessEntry;

/** A HostDriver service that forwards to the driver its component built at activation. */
abstract class ForwardingHostDriver implements HostDriver {

    private volatile HostDriver delegate;

    protected final void delegate(HostDriver driver) {
        this.delegate = driver;
    }

    @Override
    public long uptimeSeconds() throws IOException {
        return delegate.uptimeSeconds();
    }

    @Override
    public MemoryStatus memory() throws IOException {
        return delegate.memory();
    }

    @Override
    public CpuTimes cpuTimes() throws IOException {
        return delegate.cpuTimes();
    }

    @Override
    public List<CpuSample> cpus() throws IOException {
        return delegate.cpus();
    }

    @Override
    public List<ProcessEntry> processes() throws IOException {
        return delegate.processes();
    }

    @Override
    public List<EthernetLink> ethernetLinks() throws IOException {
        return delegate.ethernetLinks();
    }

    @Override
    public List<IpInterface> ipInterfaces() throws IOException {
        return delegate.ipInterfaces();
    }

    @Override
    public List<Neighbour> neighbours() throws IOException {
        return delegate.neighbours();
    }
}
