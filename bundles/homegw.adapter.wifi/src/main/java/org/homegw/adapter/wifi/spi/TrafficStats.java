package org.homegw.adapter.wifi.spi;

/** Counters since the interface came up. */
public record TrafficStats(long bytesSent, long bytesReceived, long packetsSent, long packetsReceived,
                           long errorsSent, long errorsReceived) {

    public static final TrafficStats ZERO = new TrafficStats(0, 0, 0, 0, 0, 0);

    public TrafficStats plus(TrafficStats o) {
        return new TrafficStats(bytesSent + o.bytesSent, bytesReceived + o.bytesReceived, packetsSent + o.packetsSent,
                packetsReceived + o.packetsReceived, errorsSent + o.errorsSent, errorsReceived + o.errorsReceived);
    }
}
