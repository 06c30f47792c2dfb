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
import org.homegw.datamodel.spi.InstanceNumbers;
import org.homegw.datamodel.spi.ObjectPath;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * Device.WiFi.: Radio, SSID, AccessPoint (with Security and AssociatedDevice) over the driver's
 * radios and SSID slots. The writable parameters live in a {@link WifiConfig} that is validated
 * against the hardware and regulatory domain, saved atomically, then applied to the driver as a
 * whole. SSIDs and access points can be added and deleted ({@link WifiInstances}). Stations joining
 * or leaving, and status changes caused by a set, are pushed as value changes.
 */
public final class WifiProvider extends AbstractParameterProvider implements WifiDriver.Listener {

    private static final System.Logger LOG = System.getLogger(WifiProvider.class.getName());

    private final String prefix;
    private final WifiDriver driver;
    private final List<RadioCapabilities> radios;
    private final List<SsidInfo> slots;
    private final WifiConfigStore store;
    private final WifiValidator validator;
    private final WifiValues values;
    private final WifiInstances instances;
    private final SecureRandom random;
    private final Map<Integer, InstanceNumbers<String>> stationNumbers = new HashMap<>();
    private volatile WifiConfig config;

    /**
     * Loads the saved configuration (factory defaults when there is none or it does not fit),
     * applies it to the driver and starts listening to it.
     */
    public WifiProvider(String root, WifiDriver driver, WifiConfigStore store, String defaultRegulatoryDomain,
                        SecureRandom random) throws IOException {
        this.prefix = root + "WiFi.";
        this.driver = driver;
        this.radios = List.copyOf(driver.radios());
        this.slots = List.copyOf(driver.ssids());
        this.store = store;
        this.random = random;
        this.validator = new WifiValidator(prefix, radios);
        this.values = new WifiValues(prefix, driver, radios);
        this.instances = new WifiInstances(prefix, radios, slots);
        Map<String, String> saved = store.load();
        WifiConfig loaded = WifiConfigLoading.resolve(WifiConfig.defaults(radios, slots, defaultRegulatoryDomain, random),
                saved, radios, slots, validator);
        if (!loaded.values().equals(saved)) {
            store.save(loaded.values());
        }
        driver.apply(loaded.settings(radios, slots));
        this.config = loaded;
        driver.setListener(this);
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
        WifiConfig c = config;
        if (t == null) {
            return Outcome.success(List.of());
        }
        if (t.is("Radio")) {
            return Outcome.success(radios.stream().map(r -> (long) r.radio()).toList());
        }
        if (t.is("SSID")) {
            return Outcome.success(c.ssidInstances());
        }
        if (t.is("AccessPoint")) {
            return Outcome.success(c.accessPointInstances());
        }
        if (t.is("AccessPoint", "#", "AssociatedDevice")) {
            int slot = accessPointSlot(c, t.number(1));
            return Outcome.success(slot < 0 ? List.of() : new ArrayList<>(stations(slot).keySet()));
        }
        return Outcome.success(List.of());
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames) {
        ObjectPath o = ObjectPath.of(prefix, objectPath);
        Map<String, String> all = o == null ? Map.of() : valuesOf(o, config);
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : parameterNames) {
            String v = all.get(name);
            if (v != null) {
                out.put(name, v);
            }
        }
        return Outcome.success(out);
    }

    private Map<String, String> valuesOf(ObjectPath o, WifiConfig c) {
        if (o.size() == 0) {
            return values.wifi(c);
        }
        if (o.is("Radio", "#") && radio(o.number(1)) != null) {
            return values.radio(radio(o.number(1)), c);
        }
        if (o.is("Radio", "#", "Stats") && radio(o.number(1)) != null) {
            return WifiValues.stats(driver.radioStatus((int) o.number(1)).stats());
        }
        if (o.size() >= 2 && o.names().get(0).equals("SSID") && c.ssidInstances().contains(o.number(1))) {
            SsidInfo slot = instances.slotInfo(c.slot(o.number(1)));
            if (o.size() == 2) {
                return values.ssid(o.number(1), slot, c);
            }
            return o.is("SSID", "#", "Stats") ? WifiValues.stats(driver.ssidStatus(slot.ssid()).stats()) : Map.of();
        }
        if (o.size() >= 2 && o.names().get(0).equals("AccessPoint") && c.accessPointInstances().contains(o.number(1))) {
            long ap = o.number(1);
            int slot = accessPointSlot(c, ap);
            if (o.size() == 2) {
                return values.accessPoint(ap, c, slot < 0 ? 0 : stations(slot).size());
            }
            if (o.is("AccessPoint", "#", "Security")) {
                return values.security(ap, c);
            }
            if (o.is("AccessPoint", "#", "AssociatedDevice", "#") && slot >= 0) {
                Station st = stations(slot).get(o.number(3));
                return st == null ? Map.of() : WifiValues.station(st);
            }
        }
        return Map.of();
    }

    /** The hardware slot an access point serves, or -1 when it serves no SSID. */
    private static int accessPointSlot(WifiConfig c, long ap) {
        long ssid = WifiConfig.referencedSsid(c.get("AccessPoint." + ap + ".SSIDReference"));
        return ssid >= 0 && c.ssidInstances().contains(ssid) ? c.slot(ssid) : -1;
    }

    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        CwmpFault fault = check(config, writes).fault();
        return fault == null ? Outcome.success(null) : Outcome.failure(fault);
    }

    /** The writes as configuration keys (LowerLayers turned into slots), or the fault of the request. */
    private Checked check(WifiConfig c, List<ParameterWrite> writes) {
        Map<String, String> relative = new LinkedHashMap<>();
        List<ParameterFault> faults = new ArrayList<>();
        for (ParameterWrite w : writes) {
            String key = w.path().startsWith(prefix) ? w.path().substring(prefix.length()) : w.path();
            if (c.isWritable(key, radios)) {
                relative.put(key, w.value());
            } else {
                faults.add(new ParameterFault(w.path(), CwmpFault.NOT_WRITABLE, "Not configurable on this device"));
            }
        }
        WifiInstances.Translation t = instances.translateLowerLayers(c, relative);
        faults.addAll(t.faults());
        faults.addAll(validator.check(c, t.writes()));
        return new Checked(t.writes(), faults.isEmpty() ? null : CwmpFault.ofParameters(faults));
    }

    private record Checked(Map<String, String> writes, CwmpFault fault) {
    }

    @Override
    public synchronized Outcome<Integer> write(List<ParameterWrite> writes) {
        Checked checked = check(config, writes);
        if (checked.fault() != null) {
            return Outcome.failure(checked.fault());
        }
        return commit(config.with(checked.writes()));
    }

    @Override
    public synchronized Outcome<Integer> add(String tablePath, long instanceNumber) {
        ObjectPath t = ObjectPath.of(prefix, tablePath);
        WifiInstances.Result r;
        if (t != null && t.is("SSID")) {
            r = instances.addSsid(config, instanceNumber);
        } else if (t != null && t.is("AccessPoint")) {
            r = instances.addAccessPoint(config, instanceNumber, random);
        } else {
            return Outcome.failure(CwmpFault.REQUEST_DENIED, "Request denied: instances of " + tablePath
                    + " are fixed by the hardware");
        }
        return r.fault() != null ? Outcome.failure(r.fault()) : commit(r.config());
    }

    @Override
    public synchronized Outcome<Integer> delete(String instancePath) {
        ObjectPath o = ObjectPath.of(prefix, instancePath);
        WifiConfig c = config;
        if (o != null && o.is("SSID", "#") && c.ssidInstances().contains(o.number(1))) {
            long ap = c.accessPointOf(o.number(1));
            Outcome<Integer> done = commit(instances.deleteSsid(c, o.number(1)));
            if (done.isSuccess() && ap >= 0) {
                fireValueChanged(prefix + "AccessPoint." + ap + ".SSIDReference");
            }
            return done;
        }
        if (o != null && o.is("AccessPoint", "#") && c.accessPointInstances().contains(o.number(1))) {
            return commit(instances.deleteAccessPoint(c, o.number(1)));
        }
        return Outcome.failure(CwmpFault.REQUEST_DENIED, "Request denied: " + instancePath + " cannot be deleted");
    }

    /** Saves and applies a new configuration as a whole; on failure the old one stays (saved and applied). */
    private Outcome<Integer> commit(WifiConfig next) {
        WifiConfig before = config;
        Map<String, String> statusBefore = statuses(before);
        try {
            store.save(next.values());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot save the Wi-Fi configuration", e);
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: Wi-Fi configuration not saved");
        }
        try {
            driver.apply(next.settings(radios, slots));
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
        statuses(next).forEach((path, v) -> {
            if (statusBefore.containsKey(path) && !v.equals(statusBefore.get(path))) {
                changed.add(path);
            }
        });
        if (!changed.isEmpty()) {
            fireValueChanged(changed.toArray(String[]::new));
        }
        return Outcome.success(0);
    }

    /** The Status parameters (and channels in use), to tell which ones a change made change. */
    private Map<String, String> statuses(WifiConfig c) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RadioCapabilities r : radios) {
            Map<String, String> v = values.radio(r, c);
            out.put(prefix + "Radio." + r.radio() + ".Status", v.get("Status"));
            out.put(prefix + "Radio." + r.radio() + ".ChannelsInUse", v.get("ChannelsInUse"));
        }
        for (long s : c.ssidInstances()) {
            out.put(prefix + "SSID." + s + ".Status", values.ssid(s, instances.slotInfo(c.slot(s)), c).get("Status"));
        }
        for (long ap : c.accessPointInstances()) {
            out.put(prefix + "AccessPoint." + ap + ".Status", values.accessPoint(ap, c, 0).get("Status"));
        }
        return out;
    }

    @Override
    public void stationsChanged(int slot) {
        WifiConfig c = config;
        long ssid = c.ssidInSlot(slot);
        long ap = ssid < 0 ? -1 : c.accessPointOf(ssid);
        if (ap >= 0) {
            fireValueChanged(prefix + "AccessPoint." + ap + ".AssociatedDeviceNumberOfEntries",
                    prefix + "AccessPoint." + ap + ".AssociatedDevice.");
        }
    }

    /** The slot's stations by instance number; a station keeps its number while associated. */
    private Map<Long, Station> stations(int slot) {
        List<Station> now = driver.stations(slot);
        InstanceNumbers<String> numbers;
        synchronized (stationNumbers) {
            numbers = stationNumbers.computeIfAbsent(slot, k -> new InstanceNumbers<>());
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
}
