package org.homegw.labacs.connreq;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Keeps the lab ACS from poking hosts other than this one unless its operator allowed it. */
final class LoopbackGuard {

    private LoopbackGuard() {
    }

    static InetAddress check(String host, boolean allowRemote) throws UnknownHostException {
        InetAddress address = InetAddress.getByName(host);
        if (!allowRemote && !address.isLoopbackAddress()) {
            throw new IllegalArgumentException("Connection Request to non-loopback host " + host
                    + " refused (start the lab ACS with remote Connection Requests allowed)");
        }
        return address;
    }
}
