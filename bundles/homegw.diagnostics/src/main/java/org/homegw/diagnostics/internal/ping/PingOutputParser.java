package org.homegw.diagnostics.internal.ping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of iputils and BusyBox ping: one "bytes from ... seq=N ... time=X ms" line per
 * answered echo (duplicates counted once) and the "N packets transmitted" summary.
 */
public final class PingOutputParser {

    private static final Pattern REPLY = Pattern.compile(
            "bytes from .*?(?:icmp_)?seq=(\\d+).*?time[=<]([0-9]+(?:\\.[0-9]+)?) ?(ms|us|µs|usec)");
    private static final Pattern TRANSMITTED = Pattern.compile("(\\d+) packets transmitted");

    private PingOutputParser() {
    }

    /** The replies found; {@code requested} stands in for "sent" when the summary is missing. */
    public static PingReplies parse(String output, int requested) {
        List<Long> rtts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int sent = requested;
        for (String line : output.split("\\R")) {
            Matcher m = REPLY.matcher(line);
            if (m.find() && !line.contains("DUP!") && seen.add(m.group(1))) {
                double t = Double.parseDouble(m.group(2));
                rtts.add(Math.round(m.group(3).equals("ms") ? t * 1000 : t));
                continue;
            }
            Matcher s = TRANSMITTED.matcher(line);
            if (s.find()) {
                sent = Integer.parseInt(s.group(1));
            }
        }
        return new PingReplies(rtts, Math.max(sent, rtts.size()));
    }

    /** iputils and BusyBox say so when the route is missing. */
    public static boolean saysUnreachable(String output) {
        String lower = output.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("network is unreachable") || lower.contains("no route to host");
    }
}
