package org.homegw.diagnostics.internal.core;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

import org.homegw.diagnostics.internal.net.HostResolver;

/**
 * Host resolvers for tests: a few names resolve to 127.0.0.1, every other one is unknown, so no
 * lookup ever leaves the machine.
 */
public final class LabHosts {

    /** Only the literal 127.0.0.1 resolves. */
    public static final HostResolver LOOPBACK_ONLY = host -> {
        if (host.equals("127.0.0.1")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    };

    private LabHosts() {
    }

    /** Each of {@code names} resolves to 127.0.0.1 (keeping the name), nothing else. */
    public static HostResolver loopbackNamed(String... names) {
        Set<String> known = Set.of(names);
        return host -> {
            if (known.contains(host)) {
                return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
            }
            throw new UnknownHostException(host);
        };
    }
}
