package org.homegw.adapter.host.internal.dm;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.homegw.adapter.host.spi.HostDriver;
import org.homegw.adapter.host.spi.IpInterface;
import org.homegw.adapter.host.spi.Neighbour;
import org.homegw.datamodel.spi.InstanceNumbers;
import org.homegw.datamodel.spi.ObjectPath;

/**
 * Device.Hosts.Host.{i} from the neighbour table: one host per link-layer address, its IPv4
 * addresses in Host.{i}.IPv4Address.{i}. A host keeps its instance number while it stays in the
 * table. HostName is not served: the neighbour table does not know it.
 */
public final class HostsProvider extends HostProvider {

    private final Snapshot<List<Neighbour>> neighbours;
    private final Snapshot<List<IpInterface>> interfaces;
    private final InstanceNumbers<String> hostNumbers = new InstanceNumbers<>();

    public HostsProvider(String root, HostDriver driver, Clock clock, Duration maxAge) {
        super(root);
        this.neighbours = new Snapshot<>(clock, maxAge, driver::neighbours);
        this.interfaces = new Snapshot<>(clock, maxAge, driver::ipInterfaces);
    }

    @Override
    public List<String> paths() {
        return List.of(root + "Hosts.HostNumberOfEntries", root + "Hosts.Host.");
    }

    /** One host: its link-layer address, the entries seen for it (first one decides the interface). */
    private record Host(String mac, List<Neighbour> entries) {
        boolean active() {
            return entries.stream().anyMatch(Neighbour::complete);
        }
    }

    private Map<Long, Host> hosts() throws IOException {
        Map<String, Host> byMac = new LinkedHashMap<>();
        for (Neighbour n : neighbours.get()) {
            byMac.computeIfAbsent(n.macAddress(), m -> new Host(m, new ArrayList<>())).entries().add(n);
        }
        List<Long> numbers = hostNumbers.assign(byMac.keySet());
        Map<Long, Host> out = new TreeMap<>();
        int i = 0;
        for (Host h : byMac.values()) {
            out.put(numbers.get(i++), h);
        }
        return out;
    }

    @Override
    List<Long> tableInstances(ObjectPath table) throws IOException {
        if (table.is("Hosts", "Host")) {
            return new ArrayList<>(hosts().keySet());
        }
        if (table.is("Hosts", "Host", "#", "IPv4Address")) {
            Host h = hosts().get(table.number(2));
            List<Long> out = new ArrayList<>();
            for (int i = 1; h != null && i <= h.entries().size(); i++) {
                out.add((long) i);
            }
            return out;
        }
        return List.of();
    }

    @Override
    Map<String, String> values(ObjectPath object) throws IOException {
        if (object.is("Hosts")) {
            return Map.of("HostNumberOfEntries", Integer.toString(hosts().size()));
        }
        if (object.is("Hosts", "Host", "#")) {
            Host h = hosts().get(object.number(2));
            if (h == null) {
                return Map.of();
            }
            Neighbour first = h.entries().get(0);
            Map<String, String> v = new LinkedHashMap<>();
            v.put("PhysAddress", h.mac());
            v.put("IPAddress", first.ipAddress());
            v.put("Active", Boolean.toString(h.active()));
            String layer3 = ipInterfacePath(first.device());
            if (layer3 != null) {
                v.put("Layer3Interface", layer3);
            }
            v.put("IPv4AddressNumberOfEntries", Integer.toString(h.entries().size()));
            v.put("IPv6AddressNumberOfEntries", "0");
            return v;
        }
        if (object.is("Hosts", "Host", "#", "IPv4Address", "#")) {
            Host h = hosts().get(object.number(2));
            long i = object.number(4);
            if (h == null || i < 1 || i > h.entries().size()) {
                return Map.of();
            }
            return Map.of("IPAddress", h.entries().get((int) i - 1).ipAddress());
        }
        return Map.of();
    }

    /** The IP.Interface instance (numbered by interface index, see IpInterfaceProvider) of a device name. */
    private String ipInterfacePath(String device) throws IOException {
        for (IpInterface nif : interfaces.get()) {
            if (nif.name().equals(device)) {
                return root + "IP.Interface." + nif.index();
            }
        }
        return null;
    }
}
