package org.homegw.adapter.host.spi;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads the live state of the host the gateway runs on. Every call reads afresh; the adapter caches
 * briefly so that one data-model request costs one read. Figures are what the platform reports,
 * never estimates: a figure a platform cannot give is left out of the record (null or empty) rather
 * than invented. Calls may be made from several threads.
 */
@ConsumerType
public interface HostDriver {

    /** Seconds since the host booted. */
    long uptimeSeconds() throws IOException;

    MemoryStatus memory() throws IOException;

    /** Cumulative CPU time counters since boot; usage is computed from the difference of two samples. */
    CpuTimes cpuTimes() throws IOException;

    /** Cumulative time of each CPU since boot, in CPU order. */
    List<CpuSample> cpus() throws IOException;

    List<ProcessEntry> processes() throws IOException;

    /** Physical Ethernet interfaces (not loopback, bridges, tunnels or Wi-Fi). */
    List<EthernetLink> ethernetLinks() throws IOException;

    /** Every network interface with its IP addresses, loopback included. */
    List<IpInterface> ipInterfaces() throws IOException;

    /** The IPv4 neighbour (ARP) table. */
    List<Neighbour> neighbours() throws IOException;
}
