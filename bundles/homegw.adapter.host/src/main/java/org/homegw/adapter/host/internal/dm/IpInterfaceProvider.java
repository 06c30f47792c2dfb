package org.homegw.adapter.host.internal.dm;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.adapter.host.spi.HostDriver;
import org.homegw.adapter.host.spi.InterfaceControl;
import org.homegw.adapter.host.spi.IpInterface;
import org.homegw.adapter.host.spi.IpInterface.IpAddress;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.InstanceNumbers;
import org.homegw.datamodel.spi.ObjectPath;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * Device.IP.Interface.{i} (numbered by interface index) with its IPv4Address.{i} and IPv6Address.{i}
 * tables; each address keeps its instance number while it stays on the interface.
 */
public final class IpInterfaceProvider extends HostProvider {

    /** MaxMTUSize is unsignedInt[64:65535]; Linux loopback reports 65536. */
    private static final int MAX_MTU = 65535;

    private final Snapshot<List<IpInterface>> interfaces;
    private final Map<String, InstanceNumbers<String>> addressNumbers = new HashMap<>();

    private final InterfaceEnableWrites enableWrites;

    public IpInterfaceProvider(String root, HostDriver driver, InterfaceControl control, Clock clock, Duration maxAge) {
        super(root);
        this.interfaces = new Snapshot<>(clock, maxAge, driver::ipInterfaces);
        this.enableWrites = new InterfaceEnableWrites(root + "IP.Interface.", control, i -> {
            IpInterface nif = find(i);
            return nif == null ? null : nif.name();
        });
    }

    /** Enable switches the interface through the {@link InterfaceControl}; nothing else is writable. */
    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        return enableWrites.validate(writes);
    }

    @Override
    public Outcome<Integer> write(List<ParameterWrite> writes) {
        return enableWrites.write(writes);
    }

    @Override
    public List<String> paths() {
        return List.of(root + "IP.InterfaceNumberOfEntries", root + "IP.Interface.");
    }

    @Override
    List<Long> tableInstances(ObjectPath table) throws IOException {
        if (table.is("IP", "Interface")) {
            return interfaces.get().stream().map(i -> (long) i.index()).toList();
        }
        if (table.is("IP", "Interface", "#", "IPv4Address") || table.is("IP", "Interface", "#", "IPv6Address")) {
            IpInterface nif = find(table.number(2));
            return nif == null ? List.of() : new ArrayList<>(numbered(nif, table.names().get(3).equals("IPv6Address")).keySet());
        }
        return List.of();
    }

    @Override
    Map<String, String> values(ObjectPath object) throws IOException {
        if (object.is("IP")) {
            return Map.of("InterfaceNumberOfEntries", Integer.toString(interfaces.get().size()));
        }
        if (object.size() < 3 || !object.names().get(1).equals("Interface") || object.number(2) < 0) {
            return Map.of();
        }
        IpInterface nif = find(object.number(2));
        if (nif == null) {
            return Map.of();
        }
        if (object.size() == 3) {
            return interfaceValues(nif);
        }
        if (object.is("IP", "Interface", "#", "IPv4Address", "#") || object.is("IP", "Interface", "#", "IPv6Address", "#")) {
            IpAddress a = numbered(nif, object.names().get(3).equals("IPv6Address")).get(object.number(4));
            return a == null ? Map.of() : addressValues(a);
        }
        return Map.of();
    }

    private Map<String, String> interfaceValues(IpInterface nif) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("Enable", Boolean.toString(nif.up()));
        v.put("Status", nif.up() ? "Up" : "Down");
        v.put("Name", nif.name());
        v.put("Type", nif.loopback() ? "Loopback" : "Normal");
        v.put("Loopback", Boolean.toString(nif.loopback()));
        if (nif.mtu() > 0) {
            v.put("MaxMTUSize", Integer.toString(Math.max(64, Math.min(MAX_MTU, nif.mtu()))));
        }
        v.put("IPv4AddressNumberOfEntries", Long.toString(nif.addresses().stream().filter(a -> !a.ipv6()).count()));
        v.put("IPv6AddressNumberOfEntries", Long.toString(nif.addresses().stream().filter(IpAddress::ipv6).count()));
        return v;
    }

    private static Map<String, String> addressValues(IpAddress a) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("Enable", "true");
        v.put("Status", "Enabled");
        v.put("IPAddress", a.address());
        if (!a.ipv6()) {
            v.put("SubnetMask", subnetMask(a.prefixLength()));
        } else if (a.address().equals("::1")) {
            v.put("Origin", "WellKnown");
        } else if (a.address().toLowerCase().startsWith("fe80:")) {
            // link-local addresses are configured by the stack itself (RFC 4862)
            v.put("Origin", "AutoConfigured");
        }
        return v;
    }

    /** Dotted mask of an IPv4 prefix length, e.g. 24 is 255.255.255.0. */
    static String subnetMask(int prefixLength) {
        int bits = Math.max(0, Math.min(32, prefixLength));
        long mask = bits == 0 ? 0 : (0xFFFF_FFFFL << (32 - bits)) & 0xFFFF_FFFFL;
        return (mask >> 24 & 0xFF) + "." + (mask >> 16 & 0xFF) + "." + (mask >> 8 & 0xFF) + "." + (mask & 0xFF);
    }

    private IpInterface find(long index) throws IOException {
        for (IpInterface nif : interfaces.get()) {
            if (nif.index() == index) {
                return nif;
            }
        }
        return null;
    }

    /** The interface's addresses of one family by instance number, ascending. */
    private Map<Long, IpAddress> numbered(IpInterface nif, boolean ipv6) {
        List<IpAddress> family = nif.addresses().stream().filter(a -> a.ipv6() == ipv6).toList();
        InstanceNumbers<String> numbers;
        synchronized (addressNumbers) {
            numbers = addressNumbers.computeIfAbsent(nif.index() + (ipv6 ? "/6" : "/4"), k -> new InstanceNumbers<>());
        }
        List<Long> assigned = numbers.assign(family.stream().map(IpAddress::address).toList());
        Map<Long, IpAddress> out = new java.util.TreeMap<>();
        for (int i = 0; i < family.size(); i++) {
            out.put(assigned.get(i), family.get(i));
        }
        return out;
    }
}
