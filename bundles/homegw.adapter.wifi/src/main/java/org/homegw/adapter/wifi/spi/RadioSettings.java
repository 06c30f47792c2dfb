package org.homegw.adapter.wifi.spi;

import java.util.List;

/**
 * A radio's configuration.
 *
 * @param radio           radio number
 * @param enabled         radio on
 * @param channel         the configured channel (used when autoChannel is off)
 * @param autoChannel     the driver picks the channel among {@code allowedChannels}
 * @param allowedChannels channels the regulatory domain permits on this radio
 * @param standards       the standards to operate
 * @param transmitPower   percent of full power
 */
public record RadioSettings(int radio, boolean enabled, int channel, boolean autoChannel, List<Integer> allowedChannels,
                            List<String> standards, int transmitPower) {
    public RadioSettings {
        allowedChannels = List.copyOf(allowedChannels);
        standards = List.copyOf(standards);
    }
}
