package org.homegw.adapter.host.internal.linux;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.homegw.adapter.host.spi.IpInterface;
import org.homegw.adapter.host.spi.IpInterface.IpAddress;

/** IP interfaces and their addresses through java.net.NetworkInterface. */
public final class JdkInterfaces {

    private JdkInterfaces() {
    }

    public static List<IpInterface> read() throws IOException {
        List<IpInterface> out = new ArrayList<>();
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nif.isVirtual()) {
                // sub-interfaces (eth0:1) are aliases of their parent's addresses
                continue;
            }
            List<IpAddress> addresses = new ArrayList<>();
            for (InterfaceAddress a : nif.getInterfaceAddresses()) {
                InetAddress address = a.getAddress();
                addresses.add(new IpAddress(text(address), a.getNetworkPrefixLength(), address instanceof Inet6Address));
            }
            out.add(new IpInterface(nif.getIndex(), nif.getName(), nif.isUp(), nif.isLoopback(), nif.getMTU(), addresses));
        }
        out.sort(Comparator.comparingInt(IpInterface::index));
        return out;
    }

    /** The address without the "%zone" the JDK appends to link-local IPv6 addresses. */
    static String text(InetAddress address) {
        String s = address.getHostAddress();
        int zone = s.indexOf('%');
        return zone < 0 ? s : s.substring(0, zone);
    }
}
