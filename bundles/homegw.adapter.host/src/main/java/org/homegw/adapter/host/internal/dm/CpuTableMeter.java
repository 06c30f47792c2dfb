package org.homegw.adapter.host.internal.dm;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homegw.adapter.host.spi.CpuSample;
import org.homegw.adapter.host.spi.HostDriver;

/**
 * TR-181 ProcessStatus.CPU.{i}: each CPU's user, system and idle share of its time over the last
 * measuring window (at least {@code minWindow}; the first reading covers the time since boot), in
 * whole percent.
 */
final class CpuTableMeter {

    /** One CPU's shares in percent; CPUUtilization is everything but idle. */
    record Utilization(String name, int user, int system, int idle) {
        int busy() {
            return 100 - idle;
        }
    }

    private final HostDriver driver;
    private final Clock clock;
    private final Duration minWindow;
    private Map<String, CpuSample> base = new HashMap<>();
    private Instant baseAt;
    private List<Utilization> last = List.of();

    CpuTableMeter(HostDriver driver, Clock clock, Duration minWindow) {
        this.driver = driver;
        this.clock = clock;
        this.minWindow = minWindow;
    }

    synchronized List<Utilization> read() throws IOException {
        Instant now = clock.instant();
        if (baseAt != null && now.isBefore(baseAt.plus(minWindow)) && !now.isBefore(baseAt)) {
            return last;
        }
        List<CpuSample> samples = driver.cpus();
        List<Utilization> out = new ArrayList<>(samples.size());
        Map<String, CpuSample> next = new HashMap<>();
        for (CpuSample s : samples) {
            CpuSample b = base.getOrDefault(s.name(), new CpuSample(s.name(), 0, 0, 0, 0));
            long total = s.total() - b.total();
            out.add(total <= 0 ? new Utilization(s.name(), 0, 0, 100)
                    : new Utilization(s.name(), percent(s.user() - b.user(), total), percent(s.system() - b.system(), total),
                            percent(s.idle() - b.idle(), total)));
            next.put(s.name(), s);
        }
        base = next;
        baseAt = now;
        last = List.copyOf(out);
        return last;
    }

    private static int percent(long part, long total) {
        return (int) Math.max(0, Math.min(100, Math.round(part * 100.0 / total)));
    }
}
