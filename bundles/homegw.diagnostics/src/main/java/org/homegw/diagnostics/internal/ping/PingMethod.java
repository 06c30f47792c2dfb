package org.homegw.diagnostics.internal.ping;

import java.io.IOException;

import org.homegw.diagnostics.internal.core.Cancellation;

/** A way to send echo requests: the system ping command, or a pure-Java reachability probe. */
public interface PingMethod {

    /** Named in the log so the operator knows which method produced the figures. */
    String name();

    /**
     * Sends the echoes.
     *
     * @throws java.net.NoRouteToHostException when the network says the host is unreachable
     * @throws IOException when this method cannot run here (absent, not permitted): try another
     */
    PingReplies ping(PingRequest request, Cancellation cancel) throws IOException, InterruptedException;
}
