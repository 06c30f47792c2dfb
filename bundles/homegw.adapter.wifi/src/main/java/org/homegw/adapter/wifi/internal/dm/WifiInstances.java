package org.homegw.adapter.wifi.internal.dm;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.adapter.wifi.internal.config.WifiConfig;
import org.homegw.adapter.wifi.spi.RadioCapabilities;
import org.homegw.adapter.wifi.spi.SsidInfo;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;

/**
 * Adding and deleting SSID and AccessPoint instances over the driver's fixed SSID slots (each
 * radio has a number of virtual access points). An SSID instance occupies one slot: a new one takes
 * the first free slot (radios in order) and moves to another radio when its LowerLayers is written;
 * when no slot is free an add is refused with 9004. An access point serves one SSID, so there are
 * never more access points than slots. Deleting an SSID empties the SSIDReference of the access
 * point that served it (TR-181: a reference to a deleted object becomes ""); that access point then
 * reports Error_Misconfigured until given another SSID.
 */
final class WifiInstances {

    private static final Pattern LOWER_LAYERS = Pattern.compile("SSID\\.([1-9][0-9]{0,9})\\.LowerLayers");
    private static final Pattern RADIO_PATH = Pattern.compile(".*WiFi\\.Radio\\.([1-9][0-9]{0,9})\\.?");

    private final String prefix;
    private final List<RadioCapabilities> radios;
    private final List<SsidInfo> slots;

    WifiInstances(String prefix, List<RadioCapabilities> radios, List<SsidInfo> slots) {
        this.prefix = prefix;
        this.radios = radios;
        this.slots = slots;
    }

    /** The configuration with SSID instance {@code n} in the first free slot, or a 9004 fault when none is. */
    Result addSsid(WifiConfig c, long n) {
        Optional<SsidInfo> free = slots.stream().filter(s -> c.ssidInSlot(s.ssid()) < 0).findFirst();
        if (free.isEmpty()) {
            return Result.fault(new CwmpFault(CwmpFault.RESOURCES_EXCEEDED, "Resources exceeded: every radio has its "
                    + perRadio() + " SSIDs in use"));
        }
        String p = "SSID." + n + ".";
        return Result.ok(c.with(Map.of(p + "Enable", "false", p + "Alias", "cpe-ssid-" + n, p + "SSID", "",
                p + WifiConfig.SLOT, Integer.toString(free.get().ssid()))));
    }

    /** The configuration with a new, disabled access point bound to no SSID, or 9004 beyond one per slot. */
    Result addAccessPoint(WifiConfig c, long n, SecureRandom random) {
        if (c.accessPointInstances().size() >= slots.size()) {
            return Result.fault(new CwmpFault(CwmpFault.RESOURCES_EXCEEDED, "Resources exceeded: at most "
                    + slots.size() + " access points (one per SSID slot)"));
        }
        String p = "AccessPoint." + n + ".";
        return Result.ok(c.with(Map.of(p + "Enable", "false", p + "Alias", "cpe-ap-" + n, p + "SSIDReference", "",
                p + "SSIDAdvertisementEnabled", "true", p + "Security.ModeEnabled", "WPA2-Personal",
                p + "Security.KeyPassphrase", WifiConfig.passphrase(random))));
    }

    /** The configuration without SSID {@code n}; the access point that referenced it keeps an empty reference. */
    WifiConfig deleteSsid(WifiConfig c, long n) {
        WifiConfig next = c.without("SSID." + n + ".");
        long ap = c.accessPointOf(n);
        return ap < 0 ? next : next.with(Map.of("AccessPoint." + ap + ".SSIDReference", ""));
    }

    WifiConfig deleteAccessPoint(WifiConfig c, long n) {
        return c.without("AccessPoint." + n + ".");
    }

    /**
     * Writes of SSID.{i}.LowerLayers turned into slot changes: the SSID moves to a free slot of the
     * named radio (staying put when it is already on it). A path that is not a radio, or a radio
     * without a free slot, is a 9007 fault of that parameter.
     */
    Translation translateLowerLayers(WifiConfig c, Map<String, String> writes) {
        Map<String, String> out = new LinkedHashMap<>();
        List<ParameterFault> faults = new ArrayList<>();
        List<Integer> taken = new ArrayList<>();
        for (long s : c.ssidInstances()) {
            taken.add(c.slot(s));
        }
        for (Map.Entry<String, String> w : writes.entrySet()) {
            Matcher m = LOWER_LAYERS.matcher(w.getKey());
            if (!m.matches()) {
                out.put(w.getKey(), w.getValue());
                continue;
            }
            long ssid = Long.parseLong(m.group(1));
            Matcher r = RADIO_PATH.matcher(w.getValue());
            int radio = r.matches() && w.getValue().startsWith(prefix) ? Integer.parseInt(r.group(1)) : -1;
            if (radios.stream().noneMatch(x -> x.radio() == radio)) {
                faults.add(new ParameterFault(prefix + w.getKey(), CwmpFault.INVALID_PARAMETER_VALUE,
                        "An SSID's lower layer is one radio: " + prefix + "Radio.{i}"));
                continue;
            }
            int current = c.slot(ssid);
            if (slotInfo(current).radio() == radio) {
                continue;
            }
            Optional<SsidInfo> free = slots.stream().filter(x -> x.radio() == radio && !taken.contains(x.ssid())).findFirst();
            if (free.isEmpty()) {
                faults.add(new ParameterFault(prefix + w.getKey(), CwmpFault.INVALID_PARAMETER_VALUE,
                        "Radio " + radio + " has no free SSID slot (" + perRadio() + " per radio)"));
                continue;
            }
            taken.remove(Integer.valueOf(current));
            taken.add(free.get().ssid());
            out.put("SSID." + ssid + "." + WifiConfig.SLOT, Integer.toString(free.get().ssid()));
        }
        return new Translation(out, faults);
    }

    SsidInfo slotInfo(int slot) {
        return slots.stream().filter(s -> s.ssid() == slot).findFirst().orElseThrow();
    }

    private long perRadio() {
        return radios.isEmpty() ? 0 : slots.size() / radios.size();
    }

    /** A configuration, or the fault that prevents it. */
    record Result(WifiConfig config, CwmpFault fault) {
        static Result ok(WifiConfig c) {
            return new Result(c, null);
        }

        static Result fault(CwmpFault f) {
            return new Result(null, f);
        }
    }

    /** Writes with LowerLayers replaced by slot changes, and the faults of the ones that cannot be. */
    record Translation(Map<String, String> writes, List<ParameterFault> faults) {
    }
}
