package org.homegw.diagnostics.internal.ping;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.homegw.diagnostics.internal.core.Cancellation;

/**
 * The pure-Java fallback: {@link java.net.InetAddress#isReachable(int)} per repetition, timed here.
 * The JDK sends an ICMP echo when it has the privilege and otherwise tries a TCP connection to port 7
 * (a refusal counts as an answer), so the time is a reachability round trip, not always ICMP; DSCP
 * and DataBlockSize cannot be applied (the caller logs that).
 */
public final class ReachabilityPing implements PingMethod {

    private final long intervalMillis;

    /** {@code intervalMillis}: pause between echoes (ping's default is one second). */
    public ReachabilityPing(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    @Override
    public String name() {
        return "java InetAddress.isReachable (ICMP if privileged, else TCP port 7)";
    }

    @Override
    public PingReplies ping(PingRequest request, Cancellation cancel) throws IOException, InterruptedException {
        List<Long> rtts = new ArrayList<>();
        for (int i = 0; i < request.repetitions(); i++) {
            cancel.check();
            if (i > 0 && intervalMillis > 0) {
                Thread.sleep(intervalMillis);
            }
            long start = System.nanoTime();
            boolean answered;
            try {
                answered = request.source() == null ? request.target().isReachable(request.timeoutMillis())
                        : request.target().isReachable(boundInterface(request), 0, request.timeoutMillis());
            } catch (java.net.SocketException e) {
                String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (e instanceof java.net.NoRouteToHostException || m.contains("unreachable")) {
                    throw new java.net.NoRouteToHostException(e.getMessage());
                }
                throw e;
            }
            long micros = (System.nanoTime() - start) / 1000;
            if (answered) {
                rtts.add(micros);
            }
        }
        return new PingReplies(rtts, request.repetitions());
    }

    /** The network interface that holds the Interface address (isReachable binds to it). */
    private static java.net.NetworkInterface boundInterface(PingRequest request) throws IOException {
        java.net.NetworkInterface nif = java.net.NetworkInterface.getByInetAddress(request.source());
        if (nif == null) {
            throw new IOException("no local interface holds " + request.source().getHostAddress());
        }
        return nif;
    }
}
