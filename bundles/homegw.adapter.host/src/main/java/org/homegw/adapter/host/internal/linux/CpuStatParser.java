package org.homegw.adapter.host.internal.linux;

import java.util.ArrayList;
import java.util.List;

import org.homegw.adapter.host.spi.CpuSample;
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

    /** The per-CPU lines ("cpu0 ...", "cpu1 ..."), in file order. */
    public static List<CpuSample> perCpu(String content) {
        List<CpuSample> out = new ArrayList<>();
        for (String line : content.split("\n")) {
            if (line.startsWith("cpu") && line.length() > 3 && Character.isDigit(line.charAt(3))) {
                String[] f = line.strip().split("\\s+");
                long[] v = new long[8];
                for (int i = 0; i < 8 && i + 1 < f.length; i++) {
                    v[i] = Long.parseLong(f[i + 1]);
                }
                long total = 0;
                for (long x : v) {
                    total += x;
                }
                out.add(new CpuSample(f[0], v[0] + v[1], v[2] + v[5] + v[6], v[3] + v[4], total));
            }
        }
        return out;
    }
}
