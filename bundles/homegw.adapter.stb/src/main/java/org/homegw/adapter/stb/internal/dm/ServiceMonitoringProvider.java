package org.homegw.adapter.stb.internal.dm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.adapter.stb.spi.MainStreamStats;
import org.homegw.adapter.stb.spi.StbDriver;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.datamodel.spi.ProviderConfigFile;

/**
 * STBService.1.ServiceMonitoring (TR-135): one MainStream for the IPTV service with its Total
 * statistics (RTP and MPEG-2 TS) from the driver's counters, all of one reading so they agree with
 * one another (same TotalSeconds; PacketsExpected = PacketsReceived + PacketsLost). Writable:
 * MainStream.1.Enable (switching monitoring on starts the counters from zero; while off the Total
 * objects are empty) and Total.Reset (true resets, reads false). Sample statistics, event logs and
 * GlobalOperation are not served.
 */
public final class ServiceMonitoringProvider extends AbstractParameterProvider {

    private static final String ENABLE = "MainStream.1.Enable";
    private static final String RESET = "MainStream.1.Total.Reset";

    private final String prefix;
    private final String sm;
    private final StbDriver driver;
    private final ProviderConfigFile file;
    private volatile boolean enabled;

    public ServiceMonitoringProvider(String root, StbDriver driver, ProviderConfigFile file) {
        this.prefix = root + "Services.STBService.1.";
        this.sm = prefix + "ServiceMonitoring.";
        this.driver = driver;
        this.file = file;
        this.enabled = !"false".equals(file.load().get(ENABLE));
    }

    public List<String> paths() {
        return List.of(sm);
    }

    private boolean monitors() {
        return driver.mainStreamStats() != null;
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        return Outcome.success(tablePath.equals(sm + "MainStream.") && monitors() ? List.of(1L) : List.of());
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        Map<String, String> all = objectPath.startsWith(sm) ? values(objectPath.substring(sm.length())) : Map.of();
        return ParameterProvider.readResult(all, names);
    }

    private Map<String, String> values(String o) {
        Map<String, String> v = new LinkedHashMap<>();
        MainStreamStats s = driver.mainStreamStats();
        if (o.isEmpty()) {
            v.put("MainStreamNumberOfEntries", s == null ? "0" : "1");
            return v;
        }
        if (s == null) {
            return v;
        }
        boolean on = enabled;
        String seconds = Long.toString(s.seconds());
        switch (o) {
            case "MainStream.1." -> {
                v.put("Enable", Boolean.toString(on));
                v.put("Status", on ? "Enabled" : "Disabled");
                v.put("ServiceType", "IPTV");
                v.put("AVStream", driver.playback() != null ? prefix + "AVStreams.AVStream.1" : "");
            }
            case "MainStream.1.Total." -> {
                if (on) {
                    v.put("TotalSeconds", seconds);
                    v.put("Reset", "false");
                }
            }
            case "MainStream.1.Total.RTPStats." -> {
                if (on) {
                    v.put("TotalSeconds", seconds);
                    v.put("PacketsExpected", Long.toString(s.rtpExpected()));
                    v.put("PacketsReceived", Long.toString(s.rtpReceived()));
                    v.put("PacketsLost", Long.toString(s.rtpLost()));
                    v.put("PacketsOutOfSequence", Long.toString(s.rtpOutOfSequence()));
                    v.put("LossEvents", Long.toString(s.lossEvents()));
                }
            }
            case "MainStream.1.Total.MPEG2TSStats." -> {
                if (on) {
                    v.put("TotalSeconds", seconds);
                    v.put("TSPacketsReceived", Long.toString(s.tsPacketsReceived()));
                    v.put("PacketDiscontinuityCounter", Long.toString(s.tsDiscontinuities()));
                }
            }
            default -> {
                // not served
            }
        }
        return v;
    }

    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        List<ParameterFault> faults = new ArrayList<>();
        for (ParameterWrite w : writes) {
            String key = w.path().startsWith(sm) ? w.path().substring(sm.length()) : w.path();
            if (!monitors() || !(key.equals(ENABLE) || key.equals(RESET))) {
                faults.add(new ParameterFault(w.path(), CwmpFault.NOT_WRITABLE, "Not configurable on this device"));
            }
        }
        return faults.isEmpty() ? Outcome.success(null) : Outcome.failure(CwmpFault.ofParameters(faults));
    }

    @Override
    public synchronized Outcome<Integer> write(List<ParameterWrite> writes) {
        Outcome<Void> ok = validate(writes);
        if (!ok.isSuccess()) {
            return Outcome.failure(ok.faultOrNull());
        }
        boolean next = enabled;
        boolean reset = false;
        for (ParameterWrite w : writes) {
            boolean value = w.value().equals("true");
            if (w.path().equals(sm + ENABLE)) {
                reset |= value && !next;
                next = value;
            } else {
                reset |= value;
            }
        }
        if (next != enabled) {
            try {
                file.save(Map.of(ENABLE, Boolean.toString(next)));
            } catch (IOException e) {
                return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: monitoring setting not saved");
            }
            enabled = next;
            fireValueChanged(sm + "MainStream.1.Status");
        }
        if (reset) {
            driver.resetMainStreamStats();
        }
        return Outcome.success(0);
    }
}
