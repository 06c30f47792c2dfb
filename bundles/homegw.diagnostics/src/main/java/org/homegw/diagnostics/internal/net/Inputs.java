package org.homegw.diagnostics.internal.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/** Typed reads of test parameters; the registry has already checked types and ranges. */
public final class Inputs {

    private Inputs() {
    }

    public static long number(Map<String, String> inputs, String name, long fallback) {
        String v = inputs.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public static int intValue(Map<String, String> inputs, String name, int fallback, int min, int max) {
        long n = number(inputs, name, fallback);
        return (int) Math.max(min, Math.min(max, n));
    }

    public static boolean bool(Map<String, String> inputs, String name) {
        String v = inputs.get(name);
        return "true".equalsIgnoreCase(v) || "1".equals(v);
    }

    /**
     * Not a model parameter: the addresses of the IP interface named by the test's Interface
     * parameter, comma-separated, added to a run's inputs by the DiagnosticsProvider (absent when
     * Interface is empty, in which case the routing table picks the way).
     */
    public static final String INTERFACE_ADDRESSES = "@InterfaceAddresses";

    /**
     * The local address to bind the test's sockets to for {@code target}: one of the Interface's
     * addresses of the target's family (else its first, so that the bind or send fails visibly), or
     * null when no Interface was given.
     */
    public static InetAddress source(Map<String, String> inputs, InetAddress target) {
        String list = text(inputs, INTERFACE_ADDRESSES);
        if (list.isEmpty()) {
            return null;
        }
        InetAddress first = null;
        for (String a : list.split(",")) {
            InetAddress address;
            try {
                // literals written by the provider: no name lookup happens
                address = InetAddress.getByName(a.trim());
            } catch (UnknownHostException e) {
                continue;
            }
            if (first == null) {
                first = address;
            }
            if (target == null || (address instanceof Inet4Address) == (target instanceof Inet4Address)) {
                return address;
            }
        }
        return first;
    }

    /** IPAddressUsed: the bound Interface address, else the one the routing table picks toward the target. */
    public static String addressUsed(Map<String, String> inputs, InetAddress target) {
        InetAddress source = source(inputs, target);
        return source != null ? source.getHostAddress() : SourceAddress.towards(target);
    }

    public static String text(Map<String, String> inputs, String name) {
        String v = inputs.get(name);
        return v == null ? "" : v.trim();
    }
}
