package org.homegw.diagnostics.internal.net;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;

/** Which local address the routing table picks towards a target (TR-181 IPAddressUsed). */
public final class SourceAddress {

    private SourceAddress() {
    }

    /** Connecting a UDP socket sends nothing but binds the route's source address; "" if unknown. */
    public static String towards(InetAddress target) {
        try (DatagramSocket s = new DatagramSocket()) {
            s.connect(target, 9);
            InetAddress local = s.getLocalAddress();
            return local == null || local.isAnyLocalAddress() ? "" : local.getHostAddress();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
