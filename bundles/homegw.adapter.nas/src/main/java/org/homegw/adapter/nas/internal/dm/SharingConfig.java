package org.homegw.adapter.nas.internal.dm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.adapter.nas.spi.SharingSettings;

/**
 * The writable file-sharing parameters below StorageService.1. ("NetworkServer.SMBEnable",
 * "FTPServer.PortNumber", "UserAccount.3.Username"), in canonical form. Immutable.
 */
record SharingConfig(Map<String, String> values) {

    static final List<String> ACCOUNT_KEYS = List.of("Enable", "Alias", "Username", "Password", "AllowFTPAccess",
            "AllowHTTPAccess");
    static final List<String> SERVER_KEYS = List.of("NetworkServer.AFPEnable", "NetworkServer.NFSEnable",
            "NetworkServer.SMBEnable", "NetworkServer.NetworkProtocolAuthReq", "FTPServer.Enable",
            "FTPServer.MaxNumUsers", "FTPServer.IdleTime", "FTPServer.PortNumber");
    /** TR-140 protocol name of each NetworkServer flag. */
    static final Map<String, String> PROTOCOL_FLAGS = Map.of("NetworkServer.AFPEnable", "AFP",
            "NetworkServer.NFSEnable", "NFS", "NetworkServer.SMBEnable", "SMB");

    private static final Pattern ACCOUNT_KEY = Pattern.compile("UserAccount\\.([1-9][0-9]{0,9})\\.(.+)");

    SharingConfig {
        values = Map.copyOf(values);
    }

    /** Factory settings: every server off, logins required, FTP on port 21, no accounts. */
    static SharingConfig defaults() {
        Map<String, String> v = new TreeMap<>();
        PROTOCOL_FLAGS.keySet().forEach(k -> v.put(k, "false"));
        v.put("NetworkServer.NetworkProtocolAuthReq", "true");
        v.put("FTPServer.Enable", "false");
        v.put("FTPServer.MaxNumUsers", "5");
        v.put("FTPServer.IdleTime", "300");
        v.put("FTPServer.PortNumber", "21");
        return new SharingConfig(v);
    }

    String get(String key) {
        return values.get(key);
    }

    boolean bool(String key) {
        return "true".equals(values.get(key));
    }

    SharingConfig with(Map<String, String> changes) {
        Map<String, String> next = new TreeMap<>(values);
        next.putAll(changes);
        return new SharingConfig(next);
    }

    SharingConfig withoutAccount(long n) {
        Map<String, String> next = new TreeMap<>(values);
        next.keySet().removeIf(k -> k.startsWith("UserAccount." + n + "."));
        return new SharingConfig(next);
    }

    List<Long> accounts() {
        TreeSet<Long> out = new TreeSet<>();
        for (String k : values.keySet()) {
            Matcher m = ACCOUNT_KEY.matcher(k);
            if (m.matches() && m.group(2).equals("Enable")) {
                out.add(Long.parseLong(m.group(1)));
            }
        }
        return new ArrayList<>(out);
    }

    boolean isWritable(String key) {
        Matcher m = ACCOUNT_KEY.matcher(key);
        if (m.matches()) {
            return accounts().contains(Long.parseLong(m.group(1))) && ACCOUNT_KEYS.contains(m.group(2));
        }
        return SERVER_KEYS.contains(key);
    }

    SharingSettings settings() {
        TreeSet<String> protocols = new TreeSet<>();
        PROTOCOL_FLAGS.forEach((flag, protocol) -> {
            if (bool(flag)) {
                protocols.add(protocol);
            }
        });
        List<SharingSettings.Account> accounts = new ArrayList<>();
        for (long n : accounts()) {
            String p = "UserAccount." + n + ".";
            accounts.add(new SharingSettings.Account(get(p + "Username"), get(p + "Password"), bool(p + "Enable"),
                    bool(p + "AllowFTPAccess"), bool(p + "AllowHTTPAccess")));
        }
        return new SharingSettings(protocols, bool("NetworkServer.NetworkProtocolAuthReq"), bool("FTPServer.Enable"),
                Integer.parseInt(get("FTPServer.PortNumber")), Integer.parseInt(get("FTPServer.MaxNumUsers")),
                Integer.parseInt(get("FTPServer.IdleTime")), accounts);
    }
}
