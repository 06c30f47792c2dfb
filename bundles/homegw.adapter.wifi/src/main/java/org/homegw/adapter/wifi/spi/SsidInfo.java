package org.homegw.adapter.wifi.spi;

/**
 * An SSID slot: a virtual access point on one radio.
 *
 * @param ssid  SSID number, from 1
 * @param radio the radio it runs on
 * @param name  interface name, e.g. wl0.1
 * @param bssid its BSSID (also its MAC address), colon-separated lower case
 */
public record SsidInfo(int ssid, int radio, String name, String bssid) {
}
