package org.homegw.example.smartplug.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * Serves Device.X_000000_SmartPlug. (definitions in src/main/dm/X_000000_SmartPlug.xml). The registry
 * has checked names, types and ranges against those definitions before it calls here; this class
 * adds what only the plug knows: an outlet whose appliance draws more than MaxPower cannot be
 * switched on (9007). Settings are saved before they reach the plug; an overload trip is pushed to
 * the registry as a value change (Status has forced active notification in the definitions).
 */
public final class SmartPlugProvider extends AbstractParameterProvider {

    private static final System.Logger LOG = System.getLogger(SmartPlugProvider.class.getName());
    private static final List<String> WRITABLE = List.of("Name", "Enable", "MaxPower");

    private final String prefix;
    private final PlugHardware plug;
    private final OutletSettingsStore store;
    private Map<String, String> settings;

    public SmartPlugProvider(String root, PlugHardware plug, OutletSettingsStore store) {
        this.prefix = root + "X_000000_SmartPlug.";
        this.plug = plug;
        this.store = store;
        Map<String, String> s = new TreeMap<>();
        for (int i = 1; i <= plug.outletCount(); i++) {
            s.put(key(i, "Name"), "Outlet " + i);
            s.put(key(i, "Enable"), "false");
            s.put(key(i, "MaxPower"), "3000");
        }
        store.load().forEach((k, v) -> {
            if (s.containsKey(k) && wellFormed(k, v)) {
                s.put(k, v);
            }
        });
        this.settings = s;
        for (int i = 1; i <= plug.outletCount(); i++) {
            plug.setMaxPower(i, Integer.parseInt(s.get(key(i, "MaxPower"))));
            plug.setRelay(i, Boolean.parseBoolean(s.get(key(i, "Enable"))));
        }
        plug.setListener(this::tripped);
    }

    /** A saved setting is used only if it is what the definitions allow (the file may be damaged). */
    private static boolean wellFormed(String key, String value) {
        if (key.endsWith(".Enable")) {
            return value.equals("true") || value.equals("false");
        }
        if (key.endsWith(".MaxPower")) {
            return value.matches("[0-9]{1,4}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 3680;
        }
        return !value.isEmpty() && value.length() <= 64;
    }

    /** The object path to register for. */
    public List<String> paths() {
        return List.of(prefix);
    }

    public void close() {
        plug.setListener(null);
    }

    private static String key(int outlet, String name) {
        return "Outlet." + outlet + "." + name;
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        List<Long> out = new ArrayList<>();
        if (tablePath.equals(prefix + "Outlet.")) {
            for (long i = 1; i <= plug.outletCount(); i++) {
                out.add(i);
            }
        }
        return Outcome.success(out);
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        Map<String, String> all = new LinkedHashMap<>();
        if (objectPath.equals(prefix)) {
            all.put("ModelName", plug.modelName());
            all.put("OutletNumberOfEntries", Integer.toString(plug.outletCount()));
        } else {
            int outlet = outletOf(objectPath);
            if (outlet > 0) {
                PlugHardware.OutletReading r = plug.read(outlet);
                all.put("Name", settings.get(key(outlet, "Name")));
                all.put("Enable", Boolean.toString(r.relayClosed()));
                all.put("Status", r.overload() ? "Overload" : r.relayClosed() ? "On" : "Off");
                all.put("Power", Integer.toString(r.powerWatts()));
                all.put("Voltage", Long.toString(r.voltageMv()));
                all.put("Current", Long.toString(r.currentMa()));
                all.put("Energy", Long.toString(r.energyWh()));
                all.put("MaxPower", settings.get(key(outlet, "MaxPower")));
            }
        }
        return ParameterProvider.readResult(all, names);
    }

    /** "Device.X_000000_SmartPlug.Outlet.2." is outlet 2; 0 when the path is no existing outlet. */
    private int outletOf(String objectPath) {
        String table = prefix + "Outlet.";
        if (!objectPath.startsWith(table) || !objectPath.endsWith(".")) {
            return 0;
        }
        String n = objectPath.substring(table.length(), objectPath.length() - 1);
        if (n.isEmpty() || n.length() > 9 || !n.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int outlet = Integer.parseInt(n);
        return outlet >= 1 && outlet <= plug.outletCount() ? outlet : 0;
    }

    @Override
    public synchronized Outcome<Void> validate(List<ParameterWrite> writes) {
        Map<String, String> next = new TreeMap<>(settings);
        List<ParameterFault> faults = new ArrayList<>();
        for (ParameterWrite w : writes) {
            String key = settingKey(w.path());
            if (key == null) {
                faults.add(new ParameterFault(w.path(), CwmpFault.NOT_WRITABLE, "Not writable"));
            } else {
                next.put(key, w.value());
            }
        }
        for (ParameterWrite w : writes) {
            String key = settingKey(w.path());
            if (key != null && key.endsWith(".Enable") && Boolean.parseBoolean(w.value())) {
                int outlet = Integer.parseInt(key.split("\\.")[1]);
                int max = Integer.parseInt(next.get(key(outlet, "MaxPower")));
                if (plug.demandWatts(outlet) > max) {
                    faults.add(new ParameterFault(w.path(), CwmpFault.INVALID_PARAMETER_VALUE, "The appliance draws "
                            + plug.demandWatts(outlet) + " W, more than MaxPower " + max + " W"));
                }
            }
        }
        return faults.isEmpty() ? Outcome.success(null) : Outcome.failure(CwmpFault.ofParameters(faults));
    }

    private String settingKey(String path) {
        int outlet = outletOf(path.substring(0, path.lastIndexOf('.') + 1));
        String name = path.substring(path.lastIndexOf('.') + 1);
        return outlet > 0 && WRITABLE.contains(name) ? key(outlet, name) : null;
    }

    @Override
    public synchronized Outcome<Integer> write(List<ParameterWrite> writes) {
        Outcome<Void> ok = validate(writes);
        if (!ok.isSuccess()) {
            return Outcome.failure(ok.faultOrNull());
        }
        Map<String, String> next = new TreeMap<>(settings);
        writes.forEach(w -> next.put(settingKey(w.path()), w.value()));
        try {
            store.save(next);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot save smart plug settings", e);
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: settings not saved");
        }
        settings = next;
        List<String> changed = new ArrayList<>();
        for (ParameterWrite w : writes) {
            String key = settingKey(w.path());
            int outlet = Integer.parseInt(key.split("\\.")[1]);
            if (key.endsWith(".MaxPower")) {
                plug.setMaxPower(outlet, Integer.parseInt(w.value()));
            } else if (key.endsWith(".Enable")) {
                plug.setRelay(outlet, Boolean.parseBoolean(w.value()));
                String o = prefix + "Outlet." + outlet + ".";
                changed.addAll(List.of(o + "Status", o + "Power", o + "Current"));
            }
        }
        if (!changed.isEmpty()) {
            fireValueChanged(changed.toArray(String[]::new));
        }
        return Outcome.success(0);
    }

    /** The plug opened a relay by itself: remember it is off and tell the registry. */
    private void tripped(int outlet) {
        synchronized (this) {
            Map<String, String> next = new TreeMap<>(settings);
            next.put(key(outlet, "Enable"), "false");
            try {
                store.save(next);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot save the tripped outlet's state", e);
            }
            settings = next;
        }
        String o = prefix + "Outlet." + outlet + ".";
        LOG.log(System.Logger.Level.WARNING, "outlet {0} tripped on overload", outlet);
        fireValueChanged(o + "Status", o + "Enable", o + "Power", o + "Current");
    }
}
