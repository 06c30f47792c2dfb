package org.homegw.diagnostics.internal.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Name resolution for the tests (the JDK resolver in production, a fixed table in unit tests). */
@FunctionalInterface
public interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return InetAddress::getAllByName;
    }

    /**
     * The first address of the family asked for by a TR-181 ProtocolVersion ("Any", "IPv4", "IPv6").
     *
     * @throws UnknownHostException when the name does not resolve or has no address of that family
     */
    default InetAddress resolve(String host, String protocolVersion) throws UnknownHostException {
        if (host == null || host.isBlank()) {
            throw new UnknownHostException("empty host");
        }
        for (InetAddress a : resolve(host.trim())) {
            boolean fits = switch (protocolVersion == null ? "Any" : protocolVersion) {
                case "IPv4" -> a instanceof Inet4Address;
                case "IPv6" -> a instanceof Inet6Address;
                default -> true;
            };
            if (fits) {
                return a;
            }
        }
        throw new UnknownHostException(host + " has no " + protocolVersion + " address");
    }
}
