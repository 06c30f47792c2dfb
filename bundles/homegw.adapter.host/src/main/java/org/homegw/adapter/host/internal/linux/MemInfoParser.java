package org.homegw.adapter.host.internal.linux;

import org.homegw.adapter.host.spi.MemoryStatus;

/** /proc/meminfo: "Name:   value kB" lines. */
public final class MemInfoParser {

    private MemInfoParser() {
    }

    /**
     * Total is MemTotal; free is MemFree, the memory nothing uses at all (what `free` shows as
     * "free"), not MemAvailable, which also counts reclaimable caches.
     */
    public static MemoryStatus parse(String content) {
        long total = -1;
        long free = -1;
        for (String line : content.split("\n")) {
            if (line.startsWith("MemTotal:")) {
                total = kib(line);
            } else if (line.startsWith("MemFree:")) {
                free = kib(line);
            }
        }
        if (total < 0 || free < 0) {
            throw new IllegalArgumentException("meminfo without MemTotal/MemFree");
        }
        return new MemoryStatus(total, free);
    }

    private static long kib(String line) {
        String[] parts = line.substring(line.indexOf(':') + 1).strip().split("\\s+");
        return Long.parseLong(parts[0]);
    }
}
