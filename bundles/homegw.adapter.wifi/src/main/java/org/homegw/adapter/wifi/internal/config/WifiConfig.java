package org.homegw.adapter.wifi.internal.config;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.adapter.wifi.internal.dm.RegulatoryDomains;
import org.homegw.adapter.wifi.spi.RadioCapabilities;
import org.homegw.adapter.wifi.spi.RadioSettings;
import org.homegw.adapter.wifi.spi.SsidInfo;
import org.homegw.adapter.wifi.spi.SsidSettings;
import org.homegw.adapter.wifi.spi.WifiSettings;

/**
 * The writable Wi-Fi parameters, keyed by their path below Device.WiFi. (e.g. "Radio.1.Channel",
 * "AccessPoint.2.Security.ModeEnabled"), in canonical form, plus each SSID instance's hardware slot
 * ("SSID.3.Slot", not a parameter). The SSID and AccessPoint instances are those with keys here.
 * Immutable: a set, an add or a delete builds a new one.
 */
public record WifiConfig(Map<String, String> values) {

    /** Writable parameter names of each object (all this adapter accepts). */
    public static final List<String> RADIO_KEYS = List.of("Enable", "Alias", "OperatingFrequencyBand",
            "OperatingStandards", "Channel", "AutoChannelEnable", "TransmitPower", "RegulatoryDomain");
    public static final List<String> SSID_KEYS = List.of("Enable", "Alias", "SSID");
    public static final List<String> AP_KEYS = List.of("Enable", "Alias", "SSIDReference", "SSIDAdvertisementEnabled",
            "Security.ModeEnabled", "Security.KeyPassphrase");

    /** Per SSID instance: the hardware SSID slot it occupies (which fixes its radio and BSSID). */
    public static final String SLOT = "Slot";

    private static final Pattern INSTANCE_KEY = Pattern.compile("(SSID|AccessPoint)\\.([1-9][0-9]{0,9})\\.(.+)");
    private static final Pattern SSID_REFERENCE = Pattern.compile(".*WiFi\\.SSID\\.([1-9][0-9]{0,9})\\.?");

    private static final String PASSPHRASE_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public WifiConfig {
        values = Map.copyOf(values);
    }

    public String get(String key) {
        return values.get(key);
    }

    public boolean bool(String key) {
        return "true".equals(values.get(key));
    }

    public int integer(String key) {
        return Integer.parseInt(values.get(key));
    }

    public List<String> list(String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? List.of() : Arrays.asList(v.split(","));
    }

    /** The SSID instance numbers, ascending. */
    public List<Long> ssidInstances() {
        return instances("SSID", SLOT);
    }

    /** The AccessPoint instance numbers, ascending. */
    public List<Long> accessPointInstances() {
        return instances("AccessPoint", "Enable");
    }

    /**
     * Instances with a "table.n.marker" key (n as {@link #INSTANCE_KEY} has it: 1 to 10 digits, no
     * leading zero). Tested by hand, not with the regex: the provider asks for every object it reads.
     */
    private List<Long> instances(String table, String marker) {
        TreeSet<Long> out = new TreeSet<>();
        int head = table.length() + 1;
        int tail = marker.length() + 1;
        for (String key : values.keySet()) {
            int end = key.length() - tail;
            if (end > head && key.startsWith(table) && key.charAt(head - 1) == '.' && key.endsWith(marker)
                    && key.charAt(end) == '.' && isInstanceNumber(key, head, end)) {
                out.add(Long.parseLong(key, head, end, 10));
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean isInstanceNumber(String s, int from, int to) {
        if (to - from > 10 || s.charAt(from) < '1' || s.charAt(from) > '9') {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The hardware slot of an SSID instance. */
    public int slot(long ssid) {
        return integer("SSID." + ssid + "." + SLOT);
    }

    /** The SSID instance in a hardware slot, or -1 when the slot is free. */
    public long ssidInSlot(int slot) {
        for (long s : ssidInstances()) {
            if (slot(s) == slot) {
                return s;
            }
        }
        return -1;
    }

    /** The SSID instance an SSIDReference value names, or -1 ("" or not an SSID path). */
    public static long referencedSsid(String reference) {
        Matcher m = reference == null ? null : SSID_REFERENCE.matcher(reference);
        return m != null && m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The AccessPoint instance whose SSIDReference names this SSID instance, or -1. */
    public long accessPointOf(long ssid) {
        for (long ap : accessPointInstances()) {
            if (referencedSsid(get("AccessPoint." + ap + ".SSIDReference")) == ssid) {
                return ap;
            }
        }
        return -1;
    }

    /** This configuration without one instance (every key of "SSID.3." or "AccessPoint.3."). */
    public WifiConfig without(String instanceKey) {
        Map<String, String> next = new TreeMap<>(values);
        next.keySet().removeIf(k -> k.startsWith(instanceKey));
        return new WifiConfig(next);
    }

    /** This configuration with some values replaced. */
    public WifiConfig with(Map<String, String> changes) {
        Map<String, String> next = new TreeMap<>(values);
        next.putAll(changes);
        return new WifiConfig(next);
    }

    /**
     * Factory configuration: every radio on at its band's first permitted channel, the first SSID of
     * each radio enabled with WPA2-Personal and a random passphrase (no shared default secret), the
     * other SSIDs disabled.
     */
    public static WifiConfig defaults(List<RadioCapabilities> radios, List<SsidInfo> ssids, String regulatoryDomain,
                                      SecureRandom random) {
        Map<String, String> v = new TreeMap<>();
        for (RadioCapabilities r : radios) {
            String p = "Radio." + r.radio() + ".";
            List<Integer> allowed = new ArrayList<>(RegulatoryDomains.channels(regulatoryDomain, r.band()));
            allowed.retainAll(r.channels());
            v.put(p + "Enable", "true");
            v.put(p + "Alias", "cpe-" + r.radio());
            v.put(p + "OperatingFrequencyBand", r.band());
            v.put(p + "OperatingStandards", String.join(",", r.standards()));
            v.put(p + "Channel", Integer.toString(allowed.isEmpty() ? r.channels().get(0) : allowed.get(0)));
            v.put(p + "AutoChannelEnable", "false");
            v.put(p + "TransmitPower", Integer.toString(r.transmitPowers().get(r.transmitPowers().size() - 1)));
            v.put(p + "RegulatoryDomain", regulatoryDomain);
        }
        List<Integer> firstOfRadio = new ArrayList<>();
        for (SsidInfo s : ssids) {
            boolean first = !firstOfRadio.contains(s.radio());
            if (first) {
                firstOfRadio.add(s.radio());
            }
            String hex = s.bssid().replace(":", "");
            String suffix = hex.length() >= 4 ? hex.substring(hex.length() - 4) : Integer.toString(s.ssid());
            v.put("SSID." + s.ssid() + ".Enable", Boolean.toString(first));
            v.put("SSID." + s.ssid() + ".Alias", "cpe-" + s.ssid());
            v.put("SSID." + s.ssid() + ".SSID", (first ? "homegw-" : "homegw-guest-") + suffix);
            v.put("SSID." + s.ssid() + "." + SLOT, Integer.toString(s.ssid()));
            String ap = "AccessPoint." + s.ssid() + ".";
            v.put(ap + "Enable", "true");
            v.put(ap + "Alias", "cpe-" + s.ssid());
            v.put(ap + "SSIDReference", "Device.WiFi.SSID." + s.ssid());
            v.put(ap + "SSIDAdvertisementEnabled", "true");
            v.put(ap + "Security.ModeEnabled", "WPA2-Personal");
            v.put(ap + "Security.KeyPassphrase", passphrase(random));
        }
        return new WifiConfig(v);
    }

    /** A random WPA passphrase: no device ships with a shared default secret. */
    public static String passphrase(SecureRandom random) {
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            b.append(PASSPHRASE_ALPHABET.charAt(random.nextInt(PASSPHRASE_ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * What the driver gets: the configuration with the regulatory channel list worked out, and per
     * hardware slot the SSID instance in it and the access point serving that SSID. A slot without an
     * SSID, or whose SSID no access point serves, is off.
     */
    public WifiSettings settings(List<RadioCapabilities> radios, List<SsidInfo> ssids) {
        List<RadioSettings> rs = new ArrayList<>();
        for (RadioCapabilities r : radios) {
            String p = "Radio." + r.radio() + ".";
            List<Integer> allowed = new ArrayList<>(RegulatoryDomains.channels(get(p + "RegulatoryDomain"), r.band()));
            allowed.retainAll(r.channels());
            rs.add(new RadioSettings(r.radio(), bool(p + "Enable"), integer(p + "Channel"), bool(p + "AutoChannelEnable"),
                    allowed, list(p + "OperatingStandards"), integer(p + "TransmitPower")));
        }
        List<SsidSettings> ss = new ArrayList<>();
        for (SsidInfo slot : ssids) {
            long ssid = ssidInSlot(slot.ssid());
            long ap = ssid < 0 ? -1 : accessPointOf(ssid);
            if (ap < 0) {
                ss.add(new SsidSettings(slot.ssid(), false, ssid < 0 ? "" : get("SSID." + ssid + ".SSID"), false, "None", ""));
                continue;
            }
            String a = "AccessPoint." + ap + ".";
            ss.add(new SsidSettings(slot.ssid(), bool("SSID." + ssid + ".Enable") && bool(a + "Enable"),
                    get("SSID." + ssid + ".SSID"), bool(a + "SSIDAdvertisementEnabled"),
                    get(a + "Security.ModeEnabled"), get(a + "Security.KeyPassphrase")));
        }
        return new WifiSettings(rs, ss);
    }

    /** Whether the ACS may write {@code key}: a writable parameter of a radio or of an existing instance. */
    public boolean isWritable(String key, List<RadioCapabilities> radios) {
        for (RadioCapabilities r : radios) {
            String p = "Radio." + r.radio() + ".";
            if (key.startsWith(p) && RADIO_KEYS.contains(key.substring(p.length()))) {
                return true;
            }
        }
        Matcher m = INSTANCE_KEY.matcher(key);
        if (!m.matches()) {
            return false;
        }
        long n = Long.parseLong(m.group(2));
        if (m.group(1).equals("SSID")) {
            return ssidInstances().contains(n) && (SSID_KEYS.contains(m.group(3)) || m.group(3).equals("LowerLayers"));
        }
        return accessPointInstances().contains(n) && AP_KEYS.contains(m.group(3));
    }
}
