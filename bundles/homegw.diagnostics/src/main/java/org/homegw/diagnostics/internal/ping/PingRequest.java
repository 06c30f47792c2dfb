package org.homegw.diagnostics.internal.ping;

import java.net.InetAddress;

/**
 * One IPPing run: target, repetitions, per-echo timeout (ms), payload size (bytes), DSCP, and the
 * local address to send from (the test's Interface), null to let the routing table choose.
 */
public record PingRequest(InetAddress target, int repetitions, int timeoutMillis, int dataBlockSize, int dscp,
        InetAddress source) {

    public PingRequest(InetAddress target, int repetitions, int timeoutMillis, int dataBlockSize, int dscp) {
        this(target, repetitions, timeoutMillis, dataBlockSize, dscp, null);
    }
}
