package org.homegw.adapter.host.internal.dm;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.homegw.adapter.host.spi.CpuTimes;
import org.homegw.adapter.host.spi.HostDriver;

/**
 * TR-181 ProcessStatus.CPUUsage: percent of CPU time used over the last measuring window. The
 * window runs from the previous sample to now, at least {@code minWindow} long, so that reads in
 * quick succession repeat the last figure instead of dividing by nearly nothing. The first reading
 * covers the time since boot.
 */
final class CpuUsageMeter {

    private final HostDriver driver;
    private final Clock clock;
    private final Duration minWindow;
    private CpuTimes base;
    private Instant baseAt;
    private int last;

    CpuUsageMeter(HostDriver driver, Clock clock, Duration minWindow) {
        this.driver = driver;
        this.clock = clock;
        this.minWindow = minWindow;
    }

    synchronized int usagePercent() throws IOException {
        Instant now = clock.instant();
        if (base != null && now.isBefore(baseAt.plus(minWindow)) && !now.isBefore(baseAt)) {
            return last;
        }
        CpuTimes sample = driver.cpuTimes();
        last = sample.usagePercentSince(base == null ? new CpuTimes(0, 0) : base);
        base = sample;
        baseAt = now;
        return last;
    }
}
