package org.homegw.adapter.wifi.spi;

/**
 * An associated station.
 *
 * @param macAddress       colon-separated lower case
 * @param signalStrengthDbm received signal strength, dBm (negative)
 * @param downlinkKbps     data rate of the last frame to the station
 * @param uplinkKbps       data rate of the last frame from the station
 * @param standard         802.11 standard in use (a, b, g, n, ac, ax, be)
 */
public record Station(String macAddress, int signalStrengthDbm, long downlinkKbps, long uplinkKbps, String standard) {
}
