package org.homegw.adapter.host.spi;

/** Cumulative CPU time of all CPUs since boot, in clock ticks: the busy part and the total. */
public record CpuTimes(long busyTicks, long totalTicks) {

    /** Percent busy between an earlier sample and this one, rounded up (TR-181 CPUUsage); 0 when no time passed. */
    public int usagePercentSince(CpuTimes earlier) {
        long total = totalTicks - earlier.totalTicks;
        long busy = busyTicks - earlier.busyTicks;
        if (total <= 0 || busy <= 0) {
            return 0;
        }
        return (int) Math.min(100, (busy * 100 + total - 1) / total);
    }
}
