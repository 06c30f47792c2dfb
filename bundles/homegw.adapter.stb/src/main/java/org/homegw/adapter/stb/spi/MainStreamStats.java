package org.homegw.adapter.stb.spi;

/**
 * Counters of the main stream since the last reset (TR-135 ServiceMonitoring.MainStream.{i}.Total),
 * consistent by construction: expected = received + lost, 7 MPEG-2 TS packets per RTP packet.
 *
 * @param seconds              seconds since the last reset
 * @param rtpExpected          RTP packets the sequence numbers say were sent
 * @param rtpReceived          RTP packets received
 * @param rtpLost              RTP packets missing
 * @param rtpOutOfSequence     packets that arrived out of order
 * @param lossEvents           runs of consecutive lost packets
 * @param tsPacketsReceived    MPEG-2 TS packets received
 * @param tsDiscontinuities    continuity-counter errors seen in the TS
 */
public record MainStreamStats(long seconds, long rtpExpected, long rtpReceived, long rtpLost, long rtpOutOfSequence,
                              long lossEvents, long tsPacketsReceived, long tsDiscontinuities) {
}
