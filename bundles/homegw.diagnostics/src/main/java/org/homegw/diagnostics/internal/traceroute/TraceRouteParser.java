package org.homegw.diagnostics.internal.traceroute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "traceroute -n" output (Linux traceroute and BusyBox): one line per hop, "N  address  t ms
 * t ms *", with "!H"/"!N"/"!P"/"!X" marking ICMP unreachable answers.
 */
public final class TraceRouteParser {

    /** One hop: the first address that answered ("" if none), its round-trip times (ms), ICMP error code. */
    public record Hop(int number, String address, List<Long> rttMillis, int errorCode) {
    }

    private static final Pattern HOP = Pattern.compile("^\\s*(\\d+)\\s+(.*)$");
    private static final Pattern TIME = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*ms");
    private static final Pattern ADDRESS = Pattern.compile("^([0-9]+(?:\\.[0-9]+){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]+)$");

    private TraceRouteParser() {
    }

    public static List<Hop> parse(String output) {
        List<Hop> hops = new ArrayList<>();
        for (String line : output.split("\\R")) {
            Matcher m = HOP.matcher(line);
            if (!m.matches() || line.startsWith("traceroute")) {
                continue;
            }
            String address = "";
            for (String token : m.group(2).trim().split("\\s+")) {
                String t = token.replaceAll("[()]", "");
                if (ADDRESS.matcher(t).matches()) {
                    address = t;
                    break;
                }
            }
            List<Long> rtts = new ArrayList<>();
            Matcher t = TIME.matcher(m.group(2));
            while (t.find()) {
                rtts.add(Math.round(Double.parseDouble(t.group(1))));
            }
            hops.add(new Hop(Integer.parseInt(m.group(1)), address, rtts, errorCode(m.group(2))));
        }
        return hops;
    }

    /** ICMP destination-unreachable codes behind traceroute's annotations; 0 when none. */
    private static int errorCode(String rest) {
        if (rest.contains("!H")) {
            return 1;
        }
        if (rest.contains("!P")) {
            return 2;
        }
        if (rest.contains("!X")) {
            return 13;
        }
        return 0;
    }
}
