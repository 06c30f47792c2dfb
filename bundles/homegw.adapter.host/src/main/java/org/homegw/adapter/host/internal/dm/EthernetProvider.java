package org.homegw.adapter.host.internal.dm;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.adapter.host.spi.EthernetLink;
import org.homegw.adapter.host.spi.HostDriver;
import org.homegw.adapter.host.spi.InterfaceControl;
import org.homegw.adapter.host.spi.LinkStats;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ObjectPath;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * Device.Ethernet.Interface.{i} with Stats, one instance per physical Ethernet interface, numbered
 * by the kernel's interface index; Enable is written through the {@link InterfaceControl}. Only what the kernel reports is served: no LastChange,
 * Upstream or link-mode parameters.
 */
public final class EthernetProvider extends HostProvider {

    private final Snapshot<List<EthernetLink>> links;
    private final InterfaceEnableWrites enableWrites;

    public EthernetProvider(String root, HostDriver driver, InterfaceControl control, Clock clock, Duration maxAge) {
        super(root);
        this.links = new Snapshot<>(clock, maxAge, driver::ethernetLinks);
        this.enableWrites = new InterfaceEnableWrites(root + "Ethernet.Interface.", control, i -> {
            EthernetLink l = link(i);
            return l == null ? null : l.name();
        });
    }

    /** Enable switches the link through the {@link InterfaceControl}; nothing else is writable. */
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
        return List.of(root + "Ethernet.");
    }

    @Override
    List<Long> tableInstances(ObjectPath table) throws IOException {
        if (!table.is("Ethernet", "Interface")) {
            return List.of();
        }
        return links.get().stream().map(l -> (long) l.index()).toList();
    }

    @Override
    Map<String, String> values(ObjectPath object) throws IOException {
        if (object.is("Ethernet")) {
            return Map.of("InterfaceNumberOfEntries", Integer.toString(links.get().size()));
        }
        if (object.is("Ethernet", "Interface", "#")) {
            EthernetLink l = link(object.number(2));
            if (l == null) {
                return Map.of();
            }
            Map<String, String> v = new LinkedHashMap<>();
            v.put("Enable", Boolean.toString(l.enabled()));
            v.put("Status", l.status());
            v.put("Name", l.name());
            v.put("MACAddress", l.macAddress());
            if (l.maxBitRateMbps() >= 0) {
                v.put("CurrentBitRate", unsignedInt(l.maxBitRateMbps()));
            }
            if (!l.duplex().equals("Auto")) {
                v.put("CurrentDuplexMode", l.duplex());
            }
            return v;
        }
        if (object.is("Ethernet", "Interface", "#", "Stats")) {
            EthernetLink l = link(object.number(2));
            return l == null ? Map.of() : stats(l.stats());
        }
        return Map.of();
    }

    private EthernetLink link(long index) throws IOException {
        for (EthernetLink l : links.get()) {
            if (l.index() == index) {
                return l;
            }
        }
        return null;
    }

    /** Bytes and packets are StatsCounter64; errors and discards StatsCounter32. */
    static Map<String, String> stats(LinkStats s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("BytesSent", Long.toUnsignedString(s.bytesSent()));
        v.put("BytesReceived", Long.toUnsignedString(s.bytesReceived()));
        v.put("PacketsSent", Long.toUnsignedString(s.packetsSent()));
        v.put("PacketsReceived", Long.toUnsignedString(s.packetsReceived()));
        v.put("ErrorsSent", counter32(s.errorsSent()));
        v.put("ErrorsReceived", counter32(s.errorsReceived()));
        v.put("DiscardPacketsSent", counter32(s.discardPacketsSent()));
        v.put("DiscardPacketsReceived", counter32(s.discardPacketsReceived()));
        v.put("MulticastPacketsReceived", Long.toUnsignedString(s.multicastPacketsReceived()));
        return v;
    }
}
