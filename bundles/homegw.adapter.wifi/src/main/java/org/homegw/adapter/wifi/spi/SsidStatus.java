package org.homegw.adapter.wifi.spi;

/**
 * An SSID now.
 *
 * @param up    beaconing and accepting stations
 * @param stats counters
 */
public record SsidStatus(boolean up, TrafficStats stats) {
}
