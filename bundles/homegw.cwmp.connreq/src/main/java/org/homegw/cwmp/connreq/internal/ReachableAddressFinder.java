package org.homegw.cwmp.connreq.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;

/**
 * Finds the local address the ACS can reach us on: the source address the routing table picks
 * toward the ACS host (a connected UDP socket; no packet is sent), else the first non-loopback
 * IPv4 address, else loopback.
 */
public class ReachableAddressFinder {

    private static final System.Logger LOG = System.getLogger(ReachableAddressFinder.class.getName());

    /** The local address used to reach host:port; loopback when nothing better is known. */
    public InetAddress addressToward(String host, int port) {
        return routedSource(host, port).or(this::firstSiteAddress).orElse(InetAddress.getLoopbackAddress());
    }

    private Optional<InetAddress> routedSource(String host, int port) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(new InetSocketAddress(InetAddress.getByName(host), port <= 0 ? 80 : port));
            InetAddress local = probe.getLocalAddress();
            return local == null || local.isAnyLocalAddress() ? Optional.empty() : Optional.of(local);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "no route to ACS host {0}: {1}", host, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<InetAddress> firstSiteAddress() {
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp() || nif.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        return Optional.of(a);
                    }
                }
            }
        } catch (SocketException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot list interfaces", e);
        }
        return Optional.empty();
    }

    /** host:port in URL form (IPv6 in brackets). */
    public static String hostPort(InetAddress address, int port) {
        String host = address.getHostAddress();
        int zone = host.indexOf('%');
        if (zone >= 0) {
            host = host.substring(0, zone);
        }
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
