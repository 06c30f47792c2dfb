package org.homegw.adapter.wifi.spi;

/**
 * A radio now.
 *
 * @param up      transmitting
 * @param channel the channel in use (the one auto-channel picked, if on)
 * @param stats   counters
 */
public record RadioStatus(boolean up, int channel, TrafficStats stats) {
}
