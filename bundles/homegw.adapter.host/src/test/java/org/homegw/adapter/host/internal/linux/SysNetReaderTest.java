package org.homegw.adapter.host.internal.linux;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.homegw.adapter.host.spi.EthernetLink;
import org.homegw.adapter.host.spi.LinkStats;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** SysNetReader on a fake /sys/class/net tree. */
public class SysNetReaderTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path iface(Path root, String name, int type, int index, boolean physical) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve("type"), type + "\n");
        Files.writeString(dir.resolve("ifindex"), index + "\n");
        Files.writeString(dir.resolve("flags"), "0x1003\n");
        Files.writeString(dir.resolve("operstate"), "up\n");
        Files.writeString(dir.resolve("address"), "02:AA:00:00:00:0" + index + "\n");
        Path stats = Files.createDirectories(dir.resolve("statistics"));
        String[] names = {"tx_bytes", "rx_bytes", "tx_packets", "rx_packets", "tx_errors", "rx_errors",
                "tx_dropped", "rx_dropped", "multicast"};
        for (int i = 0; i < names.length; i++) {
            Files.writeString(stats.resolve(names[i]), (1000 * index + i) + "\n");
        }
        if (physical) {
            Files.createDirectories(dir.resolve("device"));
        }
        return dir;
    }

    @Test
    public void lists_only_physical_ethernet_with_its_counters() throws IOException {
        Path root = tmp.getRoot().toPath();
        Path eth1 = iface(root, "eth1", 1, 3, true);
        Files.writeString(eth1.resolve("speed"), "1000\n");
        Files.writeString(eth1.resolve("duplex"), "full\n");
        iface(root, "eth0", 1, 2, true);
        iface(root, "ifb0", 1, 4, false);
        iface(root, "lo", 772, 1, false);
        Files.createDirectories(iface(root, "wlan0", 1, 5, true).resolve("wireless"));
        Files.createDirectories(iface(root, "br0", 1, 6, true).resolve("bridge"));

        List<EthernetLink> links = new SysNetReader(root).ethernetLinks();

        assertEquals(List.of("eth0", "eth1"), links.stream().map(EthernetLink::name).toList());
        EthernetLink e1 = links.get(1);
        assertEquals(3, e1.index());
        assertEquals("02:aa:00:00:00:03", e1.macAddress());
        assertEquals(1000, e1.maxBitRateMbps());
        assertEquals("Full", e1.duplex());
        assertEquals("Up", e1.status());
        assertEquals(new LinkStats(3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008), e1.stats());
        assertEquals(-1, links.get(0).maxBitRateMbps());
        assertEquals("Auto", links.get(0).duplex());
    }

    @Test
    public void operstate_maps_to_tr181_status() {
        assertEquals("Down", SysNetReader.status("down"));
        assertEquals("LowerLayerDown", SysNetReader.status("lowerlayerdown"));
        assertEquals("Unknown", SysNetReader.status("unknown"));
        assertEquals("Unknown", SysNetReader.status(null));
    }

    @Test
    public void a_missing_directory_means_no_interfaces() throws IOException {
        assertEquals(List.of(), new SysNetReader(tmp.getRoot().toPath().resolve("absent")).ethernetLinks());
    }
}
