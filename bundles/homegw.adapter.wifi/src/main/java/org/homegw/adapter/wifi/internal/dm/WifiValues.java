package org.homegw.adapter.wifi.internal.dm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.homegw.adapter.wifi.internal.config.WifiConfig;
import org.homegw.adapter.wifi.spi.RadioCapabilities;
import org.homegw.adapter.wifi.spi.RadioStatus;
import org.homegw.adapter.wifi.spi.SsidInfo;
import org.homegw.adapter.wifi.spi.Station;
import org.homegw.adapter.wifi.spi.TrafficStats;
import org.homegw.adapter.wifi.spi.WifiDriver;

/** Maps configuration and driver status to TR-181 parameter values, object by object. */
final class WifiValues {

    private final String prefix;
    private final WifiDriver driver;
    private final List<RadioCapabilities> radios;
    private final List<SsidInfo> ssids;

    WifiValues(String prefix, WifiDriver driver, List<RadioCapabilities> radios, List<SsidInfo> ssids) {
        this.prefix = prefix;
        this.driver = driver;
        this.radios = radios;
        this.ssids = ssids;
    }

    Map<String, String> wifi() {
        return Map.of("RadioNumberOfEntries", Integer.toString(radios.size()),
                "SSIDNumberOfEntries", Integer.toString(ssids.size()),
                "AccessPointNumberOfEntries", Integer.toString(ssids.size()));
    }

    Map<String, String> radio(RadioCapabilities r, WifiConfig c) {
        String p = "Radio." + r.radio() + ".";
        RadioStatus status = driver.radioStatus(r.radio());
        Map<String, String> v = configured(c, p, WifiConfig.RADIO_KEYS);
        v.put("Status", status.up() ? "Up" : "Down");
        v.put("Name", r.name());
        v.put("MaxBitRate", Integer.toString(r.maxBitRateMbps()));
        v.put("SupportedFrequencyBands", r.band());
        v.put("SupportedStandards", String.join(",", r.standards()));
        List<Integer> allowed = new java.util.ArrayList<>(RegulatoryDomains.channels(c.get(p + "RegulatoryDomain"), r.band()));
        allowed.retainAll(r.channels());
        v.put("PossibleChannels", allowed.stream().map(String::valueOf).collect(Collectors.joining(",")));
        v.put("ChannelsInUse", status.up() ? Integer.toString(status.channel()) : "");
        // with auto channel on, Channel reads the channel the radio picked (TR-181 Radio.Channel)
        if (c.bool(p + "AutoChannelEnable") && status.up()) {
            v.put("Channel", Integer.toString(status.channel()));
        }
        v.put("AutoChannelSupported", "true");
        v.put("TransmitPowerSupported", r.transmitPowers().stream().map(String::valueOf).collect(Collectors.joining(",")));
        return v;
    }

    Map<String, String> ssid(SsidInfo s, WifiConfig c) {
        Map<String, String> v = configured(c, "SSID." + s.ssid() + ".", WifiConfig.SSID_KEYS);
        v.put("Status", ssidStatus(s, c));
        v.put("Name", s.name());
        v.put("LowerLayers", prefix + "Radio." + s.radio());
        v.put("BSSID", s.bssid());
        v.put("MACAddress", s.bssid());
        return v;
    }

    /** Down when disabled, LowerLayerDown when its radio is off, else what the driver reports. */
    private String ssidStatus(SsidInfo s, WifiConfig c) {
        if (!c.bool("SSID." + s.ssid() + ".Enable")) {
            return "Down";
        }
        if (!driver.radioStatus(s.radio()).up()) {
            return "LowerLayerDown";
        }
        return driver.ssidStatus(s.ssid()).up() ? "Up" : "Down";
    }

    Map<String, String> accessPoint(SsidInfo s, WifiConfig c, int stations) {
        Map<String, String> v = configured(c, "AccessPoint." + s.ssid() + ".", WifiConfig.AP_KEYS);
        v.remove("Security.ModeEnabled");
        v.remove("Security.KeyPassphrase");
        v.put("Status", c.bool("AccessPoint." + s.ssid() + ".Enable") ? "Enabled" : "Disabled");
        v.put("AssociatedDeviceNumberOfEntries", Integer.toString(stations));
        return v;
    }

    Map<String, String> security(SsidInfo s, WifiConfig c) {
        String p = "AccessPoint." + s.ssid() + ".Security.";
        Map<String, String> v = new LinkedHashMap<>();
        v.put("ModesSupported", String.join(",", WifiValidator.MODES_SUPPORTED));
        v.put("ModeEnabled", c.get(p + "ModeEnabled"));
        // the definitions mark KeyPassphrase secured: the registry reads it back as ""
        v.put("KeyPassphrase", c.get(p + "KeyPassphrase"));
        return v;
    }

    static Map<String, String> station(Station st) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("MACAddress", st.macAddress());
        v.put("OperatingStandard", st.standard());
        v.put("AuthenticationState", "true");
        v.put("LastDataDownlinkRate", Long.toString(Math.max(1000, st.downlinkKbps())));
        v.put("LastDataUplinkRate", Long.toString(Math.max(1000, st.uplinkKbps())));
        v.put("SignalStrength", Integer.toString(st.signalStrengthDbm()));
        v.put("Active", "true");
        return v;
    }

    /** Bytes and packets are StatsCounter64, errors StatsCounter32 (wrapping). */
    static Map<String, String> stats(TrafficStats s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("BytesSent", Long.toUnsignedString(s.bytesSent()));
        v.put("BytesReceived", Long.toUnsignedString(s.bytesReceived()));
        v.put("PacketsSent", Long.toUnsignedString(s.packetsSent()));
        v.put("PacketsReceived", Long.toUnsignedString(s.packetsReceived()));
        v.put("ErrorsSent", Long.toString(s.errorsSent() & 0xFFFF_FFFFL));
        v.put("ErrorsReceived", Long.toString(s.errorsReceived() & 0xFFFF_FFFFL));
        return v;
    }

    /** The configured values of one object's writable parameters, by parameter name. */
    private static Map<String, String> configured(WifiConfig c, String objectKey, List<String> names) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String n : names) {
            String value = c.get(objectKey + n);
            if (value != null) {
                v.put(n, value);
            }
        }
        return v;
    }
}
