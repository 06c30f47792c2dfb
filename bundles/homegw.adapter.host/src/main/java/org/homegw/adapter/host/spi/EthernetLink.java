package org.homegw.adapter.host.spi;

/**
 * A physical Ethernet interface.
 *
 * @param index         the kernel's interface index (stable while the interface exists)
 * @param name          interface name, e.g. eth0
 * @param enabled       administratively up
 * @param status        TR-181 interface status: Up, Down, Unknown, Dormant, NotPresent, LowerLayerDown, Error
 * @param macAddress    colon-separated, lower case
 * @param maxBitRateMbps link speed in Mbit/s, -1 when the link reports none
 * @param duplex        Half, Full or Auto (unknown)
 * @param stats         counters
 */
public record EthernetLink(int index, String name, boolean enabled, String status, String macAddress,
                           long maxBitRateMbps, String duplex, LinkStats stats) {
}
