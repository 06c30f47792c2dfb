package org.homegw.adapter.host.spi;

import java.util.List;

/**
 * A network interface at the IP layer.
 *
 * @param index     the kernel's interface index
 * @param name      interface name
 * @param up        true when the interface is up
 * @param loopback  true for the loopback interface
 * @param mtu       MTU in bytes
 * @param addresses its IPv4 and IPv6 addresses
 */
public record IpInterface(int index, String name, boolean up, boolean loopback, int mtu, List<IpAddress> addresses) {

    public IpInterface {
        addresses = List.copyOf(addresses);
    }

    /**
     * One address: textual form without zone, prefix length, and whether it is IPv6.
     */
    public record IpAddress(String address, int prefixLength, boolean ipv6) {
    }
}
