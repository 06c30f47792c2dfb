package org.homegw.adapter.wifi.internal.dm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.adapter.wifi.internal.config.WifiConfig;
import org.homegw.adapter.wifi.spi.RadioCapabilities;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;

/**
 * The checks only the device can make (the registry has already checked types, ranges, sizes and
 * enumerations against the definitions): the configuration a set would produce must fit the
 * hardware and the regulatory domain. Each fault names the written parameter that causes it (9007).
 */
final class WifiValidator {

    static final List<String> MODES_SUPPORTED = List.of("None", "WPA2-Personal", "WPA3-Personal",
            "WPA3-Personal-Transition");

    private final String prefix;
    private final List<RadioCapabilities> radios;

    /** @param prefix the Device.WiFi. path the keys are relative to */
    WifiValidator(String prefix, List<RadioCapabilities> radios) {
        this.prefix = prefix;
        this.radios = radios;
    }

    /** Faults of applying {@code writes} (relative key to value) to {@code current}; empty when all fit. */
    List<ParameterFault> check(WifiConfig current, Map<String, String> writes) {
        WifiConfig next = current.with(writes);
        Map<String, ParameterFault> faults = new LinkedHashMap<>();
        for (RadioCapabilities r : radios) {
            checkRadio(r, next, writes, faults);
        }
        for (long s : next.ssidInstances()) {
            checkSsid(s, next, writes, faults);
        }
        Map<Long, List<String>> served = new LinkedHashMap<>();
        for (long ap : next.accessPointInstances()) {
            checkAccessPoint(ap, next, writes, faults, served);
        }
        served.forEach((ssid, refs) -> {
            if (refs.size() > 1) {
                fault(faults, writes, prefix + "SSID." + ssid + " can be served by one access point only",
                        refs.toArray(String[]::new));
            }
        });
        return new ArrayList<>(faults.values());
    }

    private void checkRadio(RadioCapabilities r, WifiConfig next, Map<String, String> writes,
                            Map<String, ParameterFault> faults) {
        String p = "Radio." + r.radio() + ".";
        String domain = next.get(p + "RegulatoryDomain");
        if (!RegulatoryDomains.isKnown(domain)) {
            fault(faults, writes, "Unknown regulatory domain '" + domain + "'", p + "RegulatoryDomain");
            return;
        }
        String band = next.get(p + "OperatingFrequencyBand");
        if (!r.band().equals(band)) {
            fault(faults, writes, "Radio " + r.radio() + " operates only in " + r.band(), p + "OperatingFrequencyBand");
        }
        List<Integer> allowed = new ArrayList<>(RegulatoryDomains.channels(domain, r.band()));
        allowed.retainAll(r.channels());
        int channel = next.integer(p + "Channel");
        if (!allowed.contains(channel)) {
            fault(faults, writes, "Channel " + channel + " is not permitted in the " + r.band() + " band in regulatory domain '"
                    + domain + "' (permitted: " + allowed + ")", p + "Channel", p + "RegulatoryDomain", p + "OperatingFrequencyBand");
        }
        List<String> standards = next.list(p + "OperatingStandards");
        if (standards.isEmpty() || !r.standards().containsAll(standards)) {
            fault(faults, writes, "Radio " + r.radio() + " supports the standards " + r.standards(), p + "OperatingStandards");
        }
        int power = next.integer(p + "TransmitPower");
        if (!r.transmitPowers().contains(power)) {
            fault(faults, writes, "Transmit power must be one of " + r.transmitPowers(), p + "TransmitPower");
        }
    }

    private void checkSsid(long s, WifiConfig next, Map<String, String> writes, Map<String, ParameterFault> faults) {
        String sp = "SSID." + s + ".";
        if (next.bool(sp + "Enable") && next.get(sp + "SSID").isEmpty()) {
            fault(faults, writes, "An enabled SSID needs a name", sp + "SSID", sp + "Enable");
        }
    }

    /** SSIDReference names an existing SSID no other access point serves, or is empty; security fits. */
    private void checkAccessPoint(long n, WifiConfig next, Map<String, String> writes, Map<String, ParameterFault> faults,
                                  Map<Long, List<String>> served) {
        String ap = "AccessPoint." + n + ".";
        String ref = next.get(ap + "SSIDReference");
        if (!ref.isEmpty()) {
            long ssid = WifiConfig.referencedSsid(ref);
            if (!ref.startsWith(prefix) || !next.ssidInstances().contains(ssid)) {
                fault(faults, writes, ref + " is not an SSID of this device", ap + "SSIDReference");
            } else {
                served.computeIfAbsent(ssid, k -> new ArrayList<>()).add(ap + "SSIDReference");
            }
        }
        String mode = next.get(ap + "Security.ModeEnabled");
        if (!MODES_SUPPORTED.contains(mode)) {
            fault(faults, writes, "Security mode " + mode + " is not supported (" + MODES_SUPPORTED + ")", ap + "Security.ModeEnabled");
        } else if (!mode.equals("None") && !validPassphrase(next.get(ap + "Security.KeyPassphrase"))) {
            fault(faults, writes, mode + " needs a passphrase of 8 to 63 printable ASCII characters",
                    ap + "Security.KeyPassphrase", ap + "Security.ModeEnabled");
        }
    }

    /** IEEE 802.11i: 8 to 63 printable ASCII characters. */
    static boolean validPassphrase(String s) {
        return s != null && s.length() >= 8 && s.length() <= 63 && s.chars().allMatch(c -> c >= 32 && c <= 126);
    }

    /** Charges the fault to the first of {@code keys} the request wrote; nothing when it wrote none of them. */
    private void fault(Map<String, ParameterFault> faults, Map<String, String> writes, String message, String... keys) {
        for (String key : keys) {
            if (writes.containsKey(key)) {
                faults.putIfAbsent(key, new ParameterFault(prefix + key, CwmpFault.INVALID_PARAMETER_VALUE, message));
                return;
            }
        }
    }
}
