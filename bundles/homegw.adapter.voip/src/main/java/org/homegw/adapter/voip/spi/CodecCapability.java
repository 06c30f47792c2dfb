package org.homegw.adapter.voip.spi;

import java.util.List;

/**
 * A codec the device supports.
 *
 * @param codec                TR-104 codec name, e.g. G.711ALaw
 * @param bitRate              bits per second
 * @param packetizationPeriods supported periods in milliseconds
 * @param silenceSuppression   silence suppression supported
 */
public record CodecCapability(String codec, long bitRate, List<Integer> packetizationPeriods, boolean silenceSuppression) {
    public CodecCapability {
        packetizationPeriods = List.copyOf(packetizationPeriods);
    }
}
