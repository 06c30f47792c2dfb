package org.homegw.adapter.host.spi;

/** Interface counters since the interface came up, as the kernel keeps them. */
public record LinkStats(long bytesSent, long bytesReceived, long packetsSent, long packetsReceived,
                        long errorsSent, long errorsReceived, long discardPacketsSent, long discardPacketsReceived,
                        long multicastPacketsReceived) {
}
