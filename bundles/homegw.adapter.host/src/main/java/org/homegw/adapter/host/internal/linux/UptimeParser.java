package org.homegw.adapter.host.internal.linux;

/** /proc/uptime: "seconds-since-boot idle-seconds", both with two decimals. */
public final class UptimeParser {

    private UptimeParser() {
    }

    /** Whole seconds since boot (the fraction is dropped, as TR-181 UpTime counts whole seconds). */
    public static long parse(String content) {
        String first = content.strip().split("\\s+")[0];
        int dot = first.indexOf('.');
        return Long.parseLong(dot < 0 ? first : first.substring(0, dot));
    }
}
