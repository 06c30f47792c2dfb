package org.homegw.adapter.host.internal.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.homegw.adapter.host.spi.Neighbour;

/**
 * /proc/net/arp: a header line, then "IP-address HW-type Flags HW-address Mask Device". Flags 0x2
 * (ATF_COM) marks a completed entry.
 */
public final class ArpTableParser {

    private static final int ATF_COM = 0x2;
    private static final String NO_ADDRESS = "00:00:00:00:00:00";

    private ArpTableParser() {
    }

    /** Entries with a link-layer address; incomplete ones without any address are left out. */
    public static List<Neighbour> parse(String content) {
        List<Neighbour> out = new ArrayList<>();
        String[] lines = content.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].strip().split("\\s+");
            if (f.length < 6) {
                continue;
            }
            String mac = f[3].toLowerCase(Locale.ROOT);
            if (mac.equals(NO_ADDRESS)) {
                continue;
            }
            int flags = Integer.decode(f[2]);
            out.add(new Neighbour(f[0], mac, f[5], (flags & ATF_COM) != 0));
        }
        return out;
    }
}
