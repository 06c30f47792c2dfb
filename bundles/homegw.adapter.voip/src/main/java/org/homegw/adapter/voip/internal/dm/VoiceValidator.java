package org.homegw.adapter.voip.internal.dm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.homegw.adapter.voip.spi.CodecCapability;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;

/** The voice checks the definitions cannot express; each failing write gets its own 9007. */
final class VoiceValidator {

    /** RFC 3261 AOR as TR-104 RegisterURI expects it: sip: or sips:, user part, host part. */
    private static final Pattern SIP_URI = Pattern.compile("sips?:[^@\\s:;]+@[A-Za-z0-9.\\-\\[\\]:]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]*|\\[[0-9A-Fa-f:.]+\\]");
    private static final Pattern DIAL_STRING = Pattern.compile("\\+?[0-9*#]*");

    private final String prefix;
    private final List<CodecCapability> codecs;

    VoiceValidator(String prefix, List<CodecCapability> codecs) {
        this.prefix = prefix;
        this.codecs = codecs;
    }

    List<ParameterFault> check(Map<String, String> writes) {
        List<ParameterFault> faults = new ArrayList<>();
        writes.forEach((key, value) -> {
            String message = problem(key, value);
            if (message != null) {
                faults.add(new ParameterFault(prefix + key, CwmpFault.INVALID_PARAMETER_VALUE, message));
            }
        });
        return faults;
    }

    private String problem(String key, String value) {
        String name = key.substring(key.lastIndexOf('.') + 1);
        switch (name) {
            case "RegisterURI":
                return value.isEmpty() || SIP_URI.matcher(value).matches() ? null
                        : "RegisterURI must be a SIP URI such as sip:alice@voip.example.com";
            case "ProxyServer", "RegistrarServer", "ServerDomain":
                return HOST.matcher(value).matches() ? null : name + " must be a host name or IP address, without scheme or port";
            case "DirectoryNumber":
                return DIAL_STRING.matcher(value).matches() ? null : "DirectoryNumber takes digits, *, # and a leading +";
            case "PacketizationPeriod":
                int codec = Integer.parseInt(key.split("\\.")[1]);
                List<Integer> allowed = codecs.get(codec - 1).packetizationPeriods();
                return value.matches("[0-9]{1,3}") && allowed.contains(Integer.parseInt(value)) ? null
                        : codecs.get(codec - 1).codec() + " supports the packetization periods " + allowed + " ms";
            case "SilenceSuppression":
                int c = Integer.parseInt(key.split("\\.")[1]);
                return !value.equals("true") || codecs.get(c - 1).silenceSuppression() ? null
                        : codecs.get(c - 1).codec() + " has no silence suppression";
            default:
                return null;
        }
    }
}
