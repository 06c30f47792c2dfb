package org.homegw.adapter.wifi.internal.dm;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.homegw.adapter.wifi.internal.config.WifiConfig;
import org.homegw.adapter.wifi.spi.RadioCapabilities;
import org.homegw.adapter.wifi.spi.SsidInfo;

/**
 * Turns the saved configuration into the one to run: factory defaults when nothing is saved, the
 * saved one when it is complete and valid for this hardware, else (damaged, hand-edited or made for
 * other hardware) factory defaults again. A file from before SSIDs could be added (no slots) is the
 * factory layout with its saved values.
 */
final class WifiConfigLoading {

    private static final System.Logger LOG = System.getLogger(WifiConfigLoading.class.getName());

    private WifiConfigLoading() {
    }

    static WifiConfig resolve(WifiConfig defaults, Map<String, String> saved, List<RadioCapabilities> radios,
                              List<SsidInfo> slots, WifiValidator validator) {
        if (saved.isEmpty()) {
            return defaults;
        }
        WifiConfig loaded;
        if (saved.keySet().stream().noneMatch(k -> k.endsWith("." + WifiConfig.SLOT))) {
            Map<String, String> merged = new TreeMap<>(defaults.values());
            saved.forEach((k, v) -> {
                if (merged.containsKey(k)) {
                    merged.put(k, v);
                }
            });
            loaded = new WifiConfig(merged);
        } else {
            loaded = new WifiConfig(saved);
        }
        if (!fits(loaded, radios, slots, validator)) {
            LOG.log(System.Logger.Level.ERROR, "saved Wi-Fi configuration does not fit this hardware; using factory defaults");
            return defaults;
        }
        return loaded;
    }

    /** Complete, well formed, valid, and every SSID in its own existing slot. */
    private static boolean fits(WifiConfig c, List<RadioCapabilities> radios, List<SsidInfo> slots, WifiValidator validator) {
        try {
            Set<Integer> used = new HashSet<>();
            for (long s : c.ssidInstances()) {
                int slot = c.slot(s);
                if (slots.stream().noneMatch(x -> x.ssid() == slot) || !used.add(slot)
                        || c.get("SSID." + s + ".SSID") == null || c.get("SSID." + s + ".Enable") == null) {
                    return false;
                }
            }
            for (long ap : c.accessPointInstances()) {
                for (String k : WifiConfig.AP_KEYS) {
                    if (c.get("AccessPoint." + ap + "." + k) == null) {
                        return false;
                    }
                }
            }
            c.settings(radios, slots);
            // every value counted as written, so every fault is reported
            return validator.check(c, c.values()).isEmpty();
        } catch (RuntimeException e) {
            // a hand-edited or damaged file: numbers that are not numbers, keys missing
            return false;
        }
    }
}
