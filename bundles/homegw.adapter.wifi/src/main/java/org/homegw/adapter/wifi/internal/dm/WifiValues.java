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

    WifiValues(String prefix, WifiDriver driver, List<RadioCapabilities> radios) {
        this.prefix = prefix;
        this.driver = driver;
        this.radios = radios;
    }

    Map<String, String> wifi(WifiConfig c) {
        return Map.of("RadioNumberOfEntries", Integer.toString(radios.size()),
                "SSIDNumberOfEntries", Integer.toString(c.ssidInstances().size()),
                "AccessPointNumberOfEntries", Integer.toString(c.accessPointInstances().size()));
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

    /** An SSID instance in hardware slot {@code slot}. */
    Map<String, String> ssid(long n, SsidInfo slot, WifiConfig c) {
        Map<String, String> v = configured(c, "SSID." + n + ".", WifiConfig.SSID_KEYS);
        v.put("Status", ssidStatus(n, slot, c));
        v.put("Name", slot.name());
        v.put("LowerLayers", prefix + "Radio." + slot.radio());
        v.put("BSSID", slot.bssid());
        v.put("MACAddress", slot.bssid());
        return v;
    }

    /** Down when disabled, LowerLayerDown when its radio is off, else what the driver reports. */
    private String ssidStatus(long n, SsidInfo slot, WifiConfig c) {
        if (!c.bool("SSID." + n + ".Enable")) {
            return "Down";
        }
        if (!driver.radioStatus(slot.radio()).up()) {
            return "LowerLayerDown";
        }
        return driver.ssidStatus(slot.ssid()).up() ? "Up" : "Down";
    }

    /** Disabled, Error_Misconfigured while enabled without an SSID to serve, else Enabled. */
    Map<String, String> accessPoint(long n, WifiConfig c, int stations) {
        String p = "AccessPoint." + n + ".";
        Map<String, String> v = configured(c, p, WifiConfig.AP_KEYS);
        v.remove("Security.ModeEnabled");
        v.remove("Security.KeyPassphrase");
        String status = !c.bool(p + "Enable") ? "Disabled"
                : c.get(p + "SSIDReference").isEmpty() ? "Error_Misconfigured" : "Enabled";
        v.put("Status", status);
        v.put("AssociatedDeviceNumberOfEntries", Integer.toString(stations));
        return v;
    }

    Map<String, String> security(long n, WifiConfig c) {
        String p = "AccessPoint." + n + ".Security.";
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
