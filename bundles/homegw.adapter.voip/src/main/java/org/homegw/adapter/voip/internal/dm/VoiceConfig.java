package org.homegw.adapter.voip.internal.dm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.homegw.adapter.voip.spi.CodecCapability;
import org.homegw.adapter.voip.spi.VoiceSettings;
import org.homegw.adapter.voip.spi.VoiceSettings.CodecSetting;
import org.homegw.adapter.voip.spi.VoiceSettings.SipAccount;
import org.homegw.adapter.voip.spi.VoiceSettings.SipNetwork;

/**
 * The writable VoiceService.1 parameters keyed by their path below it ("SIP.Client.1.RegisterURI"),
 * canonical values. Immutable.
 */
record VoiceConfig(Map<String, String> values) {

    static final List<String> NETWORK_KEYS = List.of("Enable", "ProxyServer", "ProxyServerPort", "RegistrarServer",
            "RegistrarServerPort", "ServerDomain", "RegisterExpires");
    static final List<String> CLIENT_KEYS = List.of("Enable", "RegisterURI", "AuthUserName", "AuthPassword");
    static final List<String> LINE_KEYS = List.of("Enable", "DirectoryNumber");
    static final List<String> CODEC_KEYS = List.of("Enable", "PacketizationPeriod", "SilenceSuppression");

    VoiceConfig {
        values = Map.copyOf(values);
    }

    String get(String key) {
        return values.get(key);
    }

    boolean bool(String key) {
        return "true".equals(values.get(key));
    }

    int integer(String key) {
        return Integer.parseInt(values.get(key));
    }

    VoiceConfig with(Map<String, String> changes) {
        Map<String, String> next = new TreeMap<>(values);
        next.putAll(changes);
        return new VoiceConfig(next);
    }

    /** Every key of a complete configuration. */
    static List<String> keys(int lines, int codecs) {
        List<String> out = new ArrayList<>();
        NETWORK_KEYS.forEach(k -> out.add("SIP.Network.1." + k));
        for (int i = 1; i <= lines; i++) {
            for (String k : CLIENT_KEYS) {
                out.add("SIP.Client." + i + "." + k);
            }
            for (String k : LINE_KEYS) {
                out.add("CallControl.Line." + i + "." + k);
            }
        }
        for (int i = 1; i <= codecs; i++) {
            for (String k : CODEC_KEYS) {
                out.add("CodecProfile." + i + "." + k);
            }
        }
        return out;
    }

    /** Factory configuration: nothing provisioned, so lines stay unregistered until the ACS sets an account. */
    static VoiceConfig defaults(int lines, List<CodecCapability> codecs) {
        Map<String, String> v = new TreeMap<>();
        String n = "SIP.Network.1.";
        v.put(n + "Enable", "true");
        v.put(n + "ProxyServer", "");
        v.put(n + "ProxyServerPort", "5060");
        v.put(n + "RegistrarServer", "");
        v.put(n + "RegistrarServerPort", "5060");
        v.put(n + "ServerDomain", "");
        v.put(n + "RegisterExpires", "3600");
        for (int i = 1; i <= lines; i++) {
            v.put("SIP.Client." + i + ".Enable", "false");
            v.put("SIP.Client." + i + ".RegisterURI", "");
            v.put("SIP.Client." + i + ".AuthUserName", "");
            v.put("SIP.Client." + i + ".AuthPassword", "");
            v.put("CallControl.Line." + i + ".Enable", "false");
            v.put("CallControl.Line." + i + ".DirectoryNumber", "");
        }
        for (int i = 1; i <= codecs.size(); i++) {
            CodecCapability c = codecs.get(i - 1);
            v.put("CodecProfile." + i + ".Enable", "true");
            v.put("CodecProfile." + i + ".PacketizationPeriod",
                    Integer.toString(c.packetizationPeriods().contains(20) ? 20 : c.packetizationPeriods().get(0)));
            v.put("CodecProfile." + i + ".SilenceSuppression", "false");
        }
        return new VoiceConfig(v);
    }

    /** What the driver gets. A line takes calls only when both its account and its Line are enabled. */
    VoiceSettings settings(int lines, List<CodecCapability> codecs) {
        String n = "SIP.Network.1.";
        SipNetwork network = new SipNetwork(bool(n + "Enable"), get(n + "ProxyServer"), integer(n + "ProxyServerPort"),
                get(n + "RegistrarServer"), integer(n + "RegistrarServerPort"), get(n + "ServerDomain"),
                integer(n + "RegisterExpires"));
        List<SipAccount> accounts = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            String c = "SIP.Client." + i + ".";
            accounts.add(new SipAccount(i, bool(c + "Enable") && bool("CallControl.Line." + i + ".Enable")
                    && !get(c + "RegisterURI").isEmpty() && !get(n + "RegistrarServer").isEmpty(),
                    get(c + "RegisterURI"), get(c + "AuthUserName"), get(c + "AuthPassword"),
                    get("CallControl.Line." + i + ".DirectoryNumber")));
        }
        List<CodecSetting> cs = new ArrayList<>();
        for (int i = 1; i <= codecs.size(); i++) {
            String p = "CodecProfile." + i + ".";
            cs.add(new CodecSetting(codecs.get(i - 1).codec(), bool(p + "Enable"), Integer.parseInt(get(p + "PacketizationPeriod")),
                    bool(p + "SilenceSuppression")));
        }
        return new VoiceSettings(network, accounts, cs);
    }
}
