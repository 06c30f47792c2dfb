package org.homegw.diagnostics.internal.transfer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * IP-layer byte counters of the interface that owns a local address, read from Linux
 * /sys/class/net/IF/statistics; {@link #UNKNOWN} elsewhere (TotalBytes parameters then read 0).
 */
public record InterfaceCounters(long received, long sent) {

    public static final InterfaceCounters UNKNOWN = new InterfaceCounters(-1, -1);

    public static InterfaceCounters of(Path sysClassNet, InetAddress local) {
        try {
            NetworkInterface nif = local == null ? null : NetworkInterface.getByInetAddress(local);
            if (nif == null) {
                return UNKNOWN;
            }
            Path stats = sysClassNet.resolve(nif.getName()).resolve("statistics");
            return new InterfaceCounters(Long.parseLong(Files.readString(stats.resolve("rx_bytes")).strip()),
                    Long.parseLong(Files.readString(stats.resolve("tx_bytes")).strip()));
        } catch (IOException | NumberFormatException e) {
            return UNKNOWN;
        }
    }

    /** The bytes counted since {@code before}, or -1 when either reading is unknown. */
    public InterfaceCounters since(InterfaceCounters before) {
        if (received < 0 || before.received < 0) {
            return UNKNOWN;
        }
        return new InterfaceCounters(received - before.received, sent - before.sent);
    }
}
