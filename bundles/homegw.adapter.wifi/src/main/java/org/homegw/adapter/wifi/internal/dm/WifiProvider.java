package org.homegw.adapter.wifi.internal.dm;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.homegw.adapter.wifi.internal.config.WifiConfig;
import org.homegw.adapter.wifi.internal.config.WifiConfigStore;
import org.homegw.adapter.wifi.spi.RadioCapabilities;
import org.homegw.adapter.wifi.spi.SsidInfo;
import org.homegw.adapter.wifi.spi.Station;
import org.homegw.adapter.wifi.spi.WifiDriver;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * Device.WiFi.: Radio, SSID, AccessPoint (with Security and AssociatedDevice), one AccessPoint per
 * SSID slot of the driver. The writable parameters live in a {@link WifiConfig} that is validated
 * against the hardware and regulatory domain, saved atomically, then applied to the driver as a
 * whole. Stations joining or leaving, and status changes caused by a set, are pushed as value changes.
 */
public final class WifiProvider extends AbstractParameterProvider implements WifiDriver.Listener {

    private static final System.Logger LOG = System.getLogger(WifiProvider.class.getName());

    private final String prefix;
    private final WifiDriver driver;
    private final List<RadioCapabilities> radios;
    private final List<SsidInfo> ssids;
    private final WifiConfigStore store;
    private final WifiValidator validator;
    private final WifiValues values;
    private final Map<Integer, InstanceNumbers<String>> stationNumbers = new HashMap<>();
    private volatile WifiConfig config;

    /**
     * Loads the saved configuration (factory defaults for anything missing), applies it to the driver
     * and starts listening to it.
     */
    public WifiProvider(String root, WifiDriver driver, WifiConfigStore store, String defaultRegulatoryDomain,
                        SecureRandom random) throws IOException {
        this.prefix = root + "WiFi.";
        this.driver = driver;
        this.radios = List.copyOf(driver.radios());
        this.ssids = List.copyOf(driver.ssids());
        this.store = store;
        this.validator = new WifiValidator(prefix, radios, ssids);
        this.values = new WifiValues(prefix, driver, radios, ssids);
        WifiConfig defaults = WifiConfig.defaults(radios, ssids, defaultRegulatoryDomain, random);
        Map<String, String> saved = store.load();
        Map<String, String> merged = new TreeMap<>(defaults.values());
        for (String key : WifiConfig.keys(radios, ssids)) {
            if (saved.containsKey(key)) {
                merged.put(key, saved.get(key));
            }
        }
        WifiConfig loaded = new WifiConfig(merged);
        if (!fits(defaults, loaded)) {
            LOG.log(System.Logger.Level.ERROR, "saved Wi-Fi configuration does not fit this hardware; using factory defaults");
            loaded = defaults;
        }
        if (!loaded.values().equals(saved)) {
            store.save(loaded.values());
        }
        driver.apply(loaded.settings(radios, ssids));
        this.config = loaded;
        driver.setListener(this);
    }

    /** True when a configuration read from disk is complete, well formed and valid for this hardware. */
    private boolean fits(WifiConfig defaults, WifiConfig loaded) {
        try {
            loaded.settings(radios, ssids);
            return validator.check(defaults, loaded.values()).isEmpty();
        } catch (RuntimeException e) {
            // a hand-edited or damaged file: numbers that are not numbers
            return false;
        }
    }

    /** The object paths to register for. */
    public List<String> paths() {
        return List.of(prefix);
    }

    /** Stops listening to the driver. */
    public void close() {
        driver.setListener(null);
    }

    public WifiConfig config() {
        return config;
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        ObjectPath t = ObjectPath.of(prefix, tablePath);
        if (t == null) {
            return Outcome.success(List.of());
        }
        if (t.is("Radio")) {
            return Outcome.success(radios.stream().map(r -> (long) r.radio()).toList());
        }
        if (t.is("SSID") || t.is("AccessPoint")) {
            return Outcome.success(ssids.stream().map(s -> (long) s.ssid()).toList());
        }
        if (t.is("AccessPoint", "#", "AssociatedDevice")) {
            SsidInfo s = ssid(t.number(1));
            return Outcome.success(s == null ? List.of() : new ArrayList<>(stations(s.ssid()).keySet()));
        }
        return Outcome.success(List.of());
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames) {
        ObjectPath o = ObjectPath.of(prefix, objectPath);
        Map<String, String> all = o == null ? Map.of() : valuesOf(o);
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : parameterNames) {
            String v = all.get(name);
            if (v != null) {
                out.put(name, v);
            }
        }
        return Outcome.success(out);
    }

    private Map<String, String> valuesOf(ObjectPath o) {
        WifiConfig c = config;
        if (o.size() == 0) {
            return values.wifi();
        }
        if (o.is("Radio", "#") && radio(o.number(1)) != null) {
            return values.radio(radio(o.number(1)), c);
        }
        if (o.is("Radio", "#", "Stats") && radio(o.number(1)) != null) {
            return WifiValues.stats(driver.radioStatus((int) o.number(1)).stats());
        }
        if (o.size() >= 2 && o.number(1) >= 0 && ssid(o.number(1)) != null) {
            SsidInfo s = ssid(o.number(1));
            if (o.is("SSID", "#")) {
                return values.ssid(s, c);
            }
            if (o.is("SSID", "#", "Stats")) {
                return WifiValues.stats(driver.ssidStatus(s.ssid()).stats());
            }
            if (o.is("AccessPoint", "#")) {
                return values.accessPoint(s, c, stations(s.ssid()).size());
            }
            if (o.is("AccessPoint", "#", "Security")) {
                return values.security(s, c);
            }
            if (o.is("AccessPoint", "#", "AssociatedDevice", "#")) {
                Station st = stations(s.ssid()).get(o.number(3));
                return st == null ? Map.of() : WifiValues.station(st);
            }
        }
        return Map.of();
    }

    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        Map<String, String> relative = new LinkedHashMap<>();
        List<ParameterFault> faults = new ArrayList<>();
        List<String> known = WifiConfig.keys(radios, ssids);
        for (ParameterWrite w : writes) {
            String key = w.path().startsWith(prefix) ? w.path().substring(prefix.length()) : w.path();
            if (known.contains(key)) {
                relative.put(key, w.value());
            } else {
                faults.add(new ParameterFault(w.path(), CwmpFault.NOT_WRITABLE, "Not configurable on this device"));
            }
        }
        faults.addAll(validator.check(config, relative));
        return faults.isEmpty() ? Outcome.success(null) : Outcome.failure(CwmpFault.ofParameters(faults));
    }

    @Override
    public synchronized Outcome<Integer> write(List<ParameterWrite> writes) {
        Outcome<Void> ok = validate(writes);
        if (!ok.isSuccess()) {
            return Outcome.failure(ok.faultOrNull());
        }
        Map<String, String> relative = new LinkedHashMap<>();
        writes.forEach(w -> relative.put(w.path().substring(prefix.length()), w.value()));
        WifiConfig before = config;
        WifiConfig next = before.with(relative);
        Map<String, String> statusBefore = statuses();
        try {
            store.save(next.values());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot save the Wi-Fi configuration", e);
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: Wi-Fi configuration not saved");
        }
        try {
            driver.apply(next.settings(radios, ssids));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "the Wi-Fi driver refused the configuration", e);
            try {
                store.save(before.values());
            } catch (IOException again) {
                LOG.log(System.Logger.Level.ERROR, "cannot restore the saved Wi-Fi configuration", again);
            }
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: Wi-Fi driver refused: " + e.getMessage());
        }
        config = next;
        List<String> changed = new ArrayList<>();
        statuses().forEach((path, v) -> {
            if (!v.equals(statusBefore.get(path))) {
                changed.add(path);
            }
        });
        if (!changed.isEmpty()) {
            fireValueChanged(changed.toArray(String[]::new));
        }
        return Outcome.success(0);
    }

    /** The Status parameters (and channels in use), to tell which ones a set changed. */
    private Map<String, String> statuses() {
        Map<String, String> out = new LinkedHashMap<>();
        WifiConfig c = config;
        for (RadioCapabilities r : radios) {
            Map<String, String> v = values.radio(r, c);
            out.put(prefix + "Radio." + r.radio() + ".Status", v.get("Status"));
            out.put(prefix + "Radio." + r.radio() + ".ChannelsInUse", v.get("ChannelsInUse"));
        }
        for (SsidInfo s : ssids) {
            out.put(prefix + "SSID." + s.ssid() + ".Status", values.ssid(s, c).get("Status"));
            out.put(prefix + "AccessPoint." + s.ssid() + ".Status", values.accessPoint(s, c, 0).get("Status"));
        }
        return out;
    }

    @Override
    public void stationsChanged(int ssid) {
        fireValueChanged(prefix + "AccessPoint." + ssid + ".AssociatedDeviceNumberOfEntries",
                prefix + "AccessPoint." + ssid + ".AssociatedDevice.");
    }

    /** The SSID's stations by instance number; a station keeps its number while associated. */
    private Map<Long, Station> stations(int ssid) {
        List<Station> now = driver.stations(ssid);
        InstanceNumbers<String> numbers;
        synchronized (stationNumbers) {
            numbers = stationNumbers.computeIfAbsent(ssid, k -> new InstanceNumbers<>());
        }
        List<Long> assigned = numbers.assign(now.stream().map(Station::macAddress).toList());
        Map<Long, Station> out = new TreeMap<>();
        for (int i = 0; i < now.size(); i++) {
            out.put(assigned.get(i), now.get(i));
        }
        return out;
    }

    private RadioCapabilities radio(long n) {
        return radios.stream().filter(r -> r.radio() == n).findFirst().orElse(null);
    }

    private SsidInfo ssid(long n) {
        return ssids.stream().filter(s -> s.ssid() == n).findFirst().orElse(null);
    }
}
