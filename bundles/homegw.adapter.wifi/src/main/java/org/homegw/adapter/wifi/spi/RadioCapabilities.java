package org.homegw.adapter.wifi.spi;

import java.util.List;

/**
 * What a radio can do.
 *
 * @param radio          radio number, from 1
 * @param name           interface name, e.g. wifi0
 * @param band           2.4GHz, 5GHz or 6GHz
 * @param channels       channels the hardware can tune to (the regulatory domain narrows them)
 * @param standards      supported 802.11 standards: a, b, g, n, ac, ax, be
 * @param transmitPowers supported transmit power levels in percent
 * @param maxBitRateMbps highest PHY rate
 */
public record RadioCapabilities(int radio, String name, String band, List<Integer> channels, List<String> standards,
                                List<Integer> transmitPowers, int maxBitRateMbps) {
    public RadioCapabilities {
        channels = List.copyOf(channels);
        standards = List.copyOf(standards);
        transmitPowers = List.copyOf(transmitPowers);
    }
}
