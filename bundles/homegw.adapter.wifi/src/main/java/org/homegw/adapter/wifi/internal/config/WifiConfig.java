package org.homegw.adapter.wifi.internal.config;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.homegw.adapter.wifi.internal.dm.RegulatoryDomains;
import org.homegw.adapter.wifi.spi.RadioCapabilities;
import org.homegw.adapter.wifi.spi.RadioSettings;
import org.homegw.adapter.wifi.spi.SsidInfo;
import org.homegw.adapter.wifi.spi.SsidSettings;
import org.homegw.adapter.wifi.spi.WifiSettings;

/**
 * The writable Wi-Fi parameters, keyed by their path below Device.WiFi. (e.g. "Radio.1.Channel",
 * "AccessPoint.2.Security.ModeEnabled"), in canonical form. Immutable: a set builds a new one.
 */
public record WifiConfig(Map<String, String> values) {

    /** Writable parameter names of each object (all this adapter accepts). */
    public static final List<String> RADIO_KEYS = List.of("Enable", "Alias", "OperatingFrequencyBand",
            "OperatingStandards", "Channel", "AutoChannelEnable", "TransmitPower", "RegulatoryDomain");
    public static final List<String> SSID_KEYS = List.of("Enable", "Alias", "SSID");
    public static final List<String> AP_KEYS = List.of("Enable", "Alias", "SSIDReference", "SSIDAdvertisementEnabled",
            "Security.ModeEnabled", "Security.KeyPassphrase");

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

    private static String passphrase(SecureRandom random) {
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            b.append(PASSPHRASE_ALPHABET.charAt(random.nextInt(PASSPHRASE_ALPHABET.length())));
        }
        return b.toString();
    }

    /** What the driver gets: the configuration with the regulatory channel list worked out. */
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
        for (SsidInfo s : ssids) {
            String ap = "AccessPoint." + s.ssid() + ".";
            ss.add(new SsidSettings(s.ssid(), bool("SSID." + s.ssid() + ".Enable") && bool(ap + "Enable"),
                    get("SSID." + s.ssid() + ".SSID"), bool(ap + "SSIDAdvertisementEnabled"),
                    get(ap + "Security.ModeEnabled"), get(ap + "Security.KeyPassphrase")));
        }
        return new WifiSettings(rs, ss);
    }

    /** Every key a complete configuration for this hardware has. */
    public static List<String> keys(List<RadioCapabilities> radios, List<SsidInfo> ssids) {
        List<String> out = new ArrayList<>();
        radios.forEach(r -> RADIO_KEYS.forEach(k -> out.add("Radio." + r.radio() + "." + k)));
        ssids.forEach(s -> SSID_KEYS.forEach(k -> out.add("SSID." + s.ssid() + "." + k)));
        ssids.forEach(s -> AP_KEYS.forEach(k -> out.add("AccessPoint." + s.ssid() + "." + k)));
        return out;
    }
}
