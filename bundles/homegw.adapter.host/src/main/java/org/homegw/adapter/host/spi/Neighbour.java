package org.homegw.adapter.host.spi;

/**
 * An entry of the IPv4 neighbour table.
 *
 * @param ipAddress  the neighbour's address
 * @param macAddress its link-layer address, colon-separated lower case
 * @param device     the interface it was seen on
 * @param complete   true when resolution completed (the host answered)
 */
public record Neighbour(String ipAddress, String macAddress, String device, boolean complete) {
}
