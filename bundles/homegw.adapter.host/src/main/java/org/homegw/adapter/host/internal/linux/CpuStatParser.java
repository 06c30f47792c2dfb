package org.homegw.adapter.host.internal.linux;

import org.homegw.adapter.host.spi.CpuTimes;

/** The aggregate "cpu" line of /proc/stat: user nice system idle iowait irq softirq steal guest guest_nice. */
public final class CpuStatParser {

    private CpuStatParser() {
    }

    /**
     * Busy time is everything but idle and iowait; guest time is already inside user and nice, so it
     * is not added again.
     */
    public static CpuTimes parse(String content) {
        for (String line : content.split("\n")) {
            if (line.startsWith("cpu ")) {
                String[] f = line.substring(4).strip().split("\\s+");
                long total = 0;
                long idle = 0;
                for (int i = 0; i < Math.min(f.length, 8); i++) {
                    long v = Long.parseLong(f[i]);
                    total += v;
                    if (i == 3 || i == 4) {
                        idle += v;
                    }
                }
                return new CpuTimes(total - idle, total);
            }
        }
        throw new IllegalArgumentException("/proc/stat without a cpu line");
    }
}
