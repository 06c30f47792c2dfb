package org.homegw.adapter.host.internal.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.homegw.adapter.host.spi.EthernetLink;
import org.homegw.adapter.host.spi.LinkStats;

/** Reads Ethernet interfaces from /sys/class/net (one directory per interface, see sysfs-class-net). */
public final class SysNetReader {

    /** ARPHRD_ETHER in /sys/class/net/X/type. */
    private static final int ARPHRD_ETHER = 1;
    /** IFF_UP in /sys/class/net/X/flags. */
    private static final int IFF_UP = 0x1;

    private final Path root;

    /** @param root normally /sys/class/net */
    public SysNetReader(Path root) {
        this.root = root;
    }

    /**
     * Physical Ethernet interfaces: type ARPHRD_ETHER with a backing device (the "device" link), and
     * neither Wi-Fi ("wireless"/"phy80211") nor a bridge; virtual ones (veth, ifb, bonds) are left out.
     */
    public List<EthernetLink> ethernetLinks() throws IOException {
        List<EthernetLink> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                if (isPhysicalEthernet(dir)) {
                    EthernetLink link = read(dir);
                    if (link != null) {
                        out.add(link);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(EthernetLink::index));
        return out;
    }

    private static boolean isPhysicalEthernet(Path dir) {
        String type = readOrNull(dir.resolve("type"));
        return type != null && parseIntOr(type, -1) == ARPHRD_ETHER
                && Files.exists(dir.resolve("device"))
                && !Files.exists(dir.resolve("wireless")) && !Files.exists(dir.resolve("phy80211"))
                && !Files.exists(dir.resolve("bridge"));
    }

    /** One interface; null when it vanished while being read. */
    private static EthernetLink read(Path dir) {
        String index = readOrNull(dir.resolve("ifindex"));
        String flags = readOrNull(dir.resolve("flags"));
        if (index == null || flags == null) {
            return null;
        }
        boolean up = (Integer.decode(flags) & IFF_UP) != 0;
        String mac = readOrNull(dir.resolve("address"));
        // speed and duplex fail with EINVAL while the link is down or on links that have no speed
        long speed = parseLongOr(readOrNull(dir.resolve("speed")), -1);
        return new EthernetLink(Integer.parseInt(index), dir.getFileName().toString(), up,
                status(readOrNull(dir.resolve("operstate"))), mac == null ? "" : mac.toLowerCase(Locale.ROOT),
                speed < 0 ? -1 : speed, duplex(readOrNull(dir.resolve("duplex"))), stats(dir.resolve("statistics")));
    }

    private static LinkStats stats(Path s) {
        return new LinkStats(counter(s, "tx_bytes"), counter(s, "rx_bytes"), counter(s, "tx_packets"),
                counter(s, "rx_packets"), counter(s, "tx_errors"), counter(s, "rx_errors"),
                counter(s, "tx_dropped"), counter(s, "rx_dropped"), counter(s, "multicast"));
    }

    private static long counter(Path stats, String name) {
        return parseLongOr(readOrNull(stats.resolve(name)), 0);
    }

    /** RFC 2863 operstate (as the kernel writes it) to the TR-181 interface Status. */
    static String status(String operstate) {
        if (operstate == null) {
            return "Unknown";
        }
        return switch (operstate) {
            case "up" -> "Up";
            case "down" -> "Down";
            case "dormant" -> "Dormant";
            case "notpresent" -> "NotPresent";
            case "lowerlayerdown" -> "LowerLayerDown";
            default -> "Unknown";
        };
    }

    static String duplex(String duplex) {
        if ("full".equals(duplex)) {
            return "Full";
        }
        return "half".equals(duplex) ? "Half" : "Auto";
    }

    /** The file's first line, or null when it cannot be read (sysfs answers EINVAL for some attributes). */
    static String readOrNull(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int parseIntOr(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static long parseLongOr(String s, long fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
