package org.homegw.diagnostics.internal.net;

import java.net.InetAddress;
import java.util.List;

/**
 * Resolves a test's {@code Interface} parameter (a path such as "Device.IP.Interface.1") to the
 * local addresses of that IP interface, so the test's sockets can be bound to one of them.
 */
@FunctionalInterface
public interface InterfaceAddresses {

    /** Resolves nothing: every Interface is unusable (no data model to ask). */
    InterfaceAddresses NONE = path -> List.of();

    /** The interface's addresses, IPv4 first; empty when the path names no interface with an address. */
    List<InetAddress> addressesOf(String interfacePath);
}
