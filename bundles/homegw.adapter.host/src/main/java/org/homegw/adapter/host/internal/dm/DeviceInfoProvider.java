package org.homegw.adapter.host.internal.dm;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.homegw.adapter.host.spi.HostDriver;
import org.homegw.adapter.host.spi.MemoryStatus;
import org.homegw.adapter.host.spi.ProcessEntry;
import org.homegw.datamodel.spi.ObjectPath;

/**
 * The live part of DeviceInfo: UpTime, MemoryStatus.{Total,Free}, ProcessStatus.CPUUsage, the
 * CPU.{i} table (one per CPU, utilization shares) and the Process table (instance number = PID, so
 * a process keeps its instance while it lives). Identity
 * and versions (Manufacturer, SoftwareVersion...) stay with the registry's store: this provider
 * registers for exactly these paths so it never shadows them.
 */
public final class DeviceInfoProvider extends HostProvider {

    private final HostDriver driver;
    private final Snapshot<List<ProcessEntry>> processes;
    private final CpuUsageMeter cpu;
    private final CpuTableMeter cpus;

    public DeviceInfoProvider(String root, HostDriver driver, Clock clock, Duration maxAge) {
        super(root);
        this.driver = driver;
        this.processes = new Snapshot<>(clock, maxAge, driver::processes);
        this.cpu = new CpuUsageMeter(driver, clock, Duration.ofSeconds(1));
        this.cpus = new CpuTableMeter(driver, clock, Duration.ofSeconds(1));
    }

    @Override
    public List<String> paths() {
        return List.of(root + "DeviceInfo.UpTime", root + "DeviceInfo.MemoryStatus.", root + "DeviceInfo.ProcessStatus.");
    }

    @Override
    List<Long> tableInstances(ObjectPath table) throws IOException {
        if (table.is("DeviceInfo", "ProcessStatus", "CPU")) {
            List<Long> out = new java.util.ArrayList<>();
            for (long i = 1; i <= cpus.read().size(); i++) {
                out.add(i);
            }
            return out;
        }
        if (!table.is("DeviceInfo", "ProcessStatus", "Process")) {
            return List.of();
        }
        return processes.get().stream().map(p -> (long) p.pid()).toList();
    }

    @Override
    Map<String, String> values(ObjectPath object) throws IOException {
        if (object.is("DeviceInfo")) {
            return Map.of("UpTime", unsignedInt(driver.uptimeSeconds()));
        }
        if (object.is("DeviceInfo", "MemoryStatus")) {
            MemoryStatus m = driver.memory();
            return Map.of("Total", unsignedInt(m.totalKib()), "Free", unsignedInt(m.freeKib()));
        }
        if (object.is("DeviceInfo", "ProcessStatus")) {
            return Map.of("CPUUsage", Integer.toString(cpu.usagePercent()),
                    "ProcessNumberOfEntries", Integer.toString(processes.get().size()),
                    "CPUNumberOfEntries", Integer.toString(cpus.read().size()));
        }
        if (object.is("DeviceInfo", "ProcessStatus", "CPU", "#")) {
            List<CpuTableMeter.Utilization> all = cpus.read();
            long i = object.number(3);
            if (i >= 1 && i <= all.size()) {
                CpuTableMeter.Utilization u = all.get((int) i - 1);
                return Map.of("Name", u.name(), "UserModeUtilization", Integer.toString(u.user()),
                        "SystemModeUtilization", Integer.toString(u.system()),
                        "IdleModeUtilization", Integer.toString(u.idle()), "CPUUtilization", Integer.toString(u.busy()));
            }
        }
        if (object.is("DeviceInfo", "ProcessStatus", "Process", "#")) {
            long pid = object.number(3);
            for (ProcessEntry p : processes.get()) {
                if (p.pid() == pid) {
                    return Map.of("PID", Integer.toString(p.pid()), "Command", p.command(),
                            "Size", unsignedInt(p.sizeKib()), "Priority", Integer.toString(p.priority()),
                            "CPUTime", unsignedInt(p.cpuTimeMs()), "State", p.state());
                }
            }
        }
        return Map.of();
    }
}
