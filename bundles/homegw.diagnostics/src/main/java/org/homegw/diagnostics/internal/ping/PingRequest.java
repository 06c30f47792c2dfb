package org.homegw.diagnostics.internal.ping;

import java.net.InetAddress;

/** One IPPing run: target, repetitions, per-echo timeout (ms), payload size (bytes), DSCP. */
public record PingRequest(InetAddress target, int repetitions, int timeoutMillis, int dataBlockSize, int dscp) {
}
