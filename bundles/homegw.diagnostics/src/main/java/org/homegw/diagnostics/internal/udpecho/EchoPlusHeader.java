package org.homegw.diagnostics.internal.udpecho;

import java.nio.ByteBuffer;

/**
 * The UDP Echo Plus header (TR-143 A.1.4) at the start of the payload: TestGenSN, TestRespSN,
 * TestRespRecvTimeStamp, TestRespReplyTimeStamp, TestRespReplyFailureCount; 32-bit unsigned each,
 * timestamps in microseconds modulo 2^32.
 */
public record EchoPlusHeader(long genSn, long respSn, long recvTimestamp, long replyTimestamp, long replyFailures) {

    public static final int LENGTH = 20;

    public static EchoPlusHeader read(byte[] packet, int length) {
        if (length < LENGTH) {
            throw new IllegalArgumentException("shorter than an Echo Plus header: " + length);
        }
        ByteBuffer b = ByteBuffer.wrap(packet, 0, LENGTH);
        return new EchoPlusHeader(b.getInt() & 0xFFFFFFFFL, b.getInt() & 0xFFFFFFFFL, b.getInt() & 0xFFFFFFFFL,
                b.getInt() & 0xFFFFFFFFL, b.getInt() & 0xFFFFFFFFL);
    }

    public void write(byte[] packet) {
        ByteBuffer.wrap(packet, 0, LENGTH).putInt((int) genSn).putInt((int) respSn).putInt((int) recvTimestamp)
                .putInt((int) replyTimestamp).putInt((int) replyFailures);
    }

    /** A wall-clock instant as the header's microsecond counter. */
    public static long micros(java.time.Instant t) {
        return (t.getEpochSecond() * 1_000_000L + t.getNano() / 1000) & 0xFFFFFFFFL;
    }
}
