package org.homegw.adapter.nas.internal.dm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The device-only checks of a file-sharing configuration (the registry has checked types and
 * ranges): protocols the platform has, account names servers accept and that are unique among
 * enabled accounts. Each fault is charged to a written key; returns key → message.
 */
final class SharingChecks {

    private SharingChecks() {
    }

    static Map<String, String> check(SharingConfig next, Map<String, String> writes, Set<String> protocols,
                                     Pattern username) {
        Map<String, String> faults = new LinkedHashMap<>();
        SharingConfig.PROTOCOL_FLAGS.forEach((flag, protocol) -> {
            if (next.bool(flag) && !protocols.contains(protocol) && writes.containsKey(flag)) {
                faults.put(flag, protocol + " is not served by this device (serves " + protocols + ")");
            }
        });
        Map<String, List<Long>> byName = new HashMap<>();
        for (long n : next.accounts()) {
            String p = "UserAccount." + n + ".";
            String name = next.get(p + "Username");
            String charged = writes.containsKey(p + "Username") ? p + "Username" : p + "Enable";
            if (!name.isEmpty() && !username.matcher(name).matches()) {
                charge(faults, writes, charged, "'" + name + "' is not a valid user name (letters, digits, . _ -; 1-32)");
            } else if (next.bool(p + "Enable") && name.isEmpty()) {
                charge(faults, writes, charged, "An enabled account needs a Username");
            } else if (!name.isEmpty()) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(n);
            }
        }
        // a Username is the table's unique key: the write that makes two equal is at fault
        byName.forEach((name, owners) -> {
            if (owners.size() > 1) {
                for (long n : owners) {
                    charge(faults, writes, "UserAccount." + n + ".Username", "Username " + name + " is used by "
                            + owners.size() + " accounts");
                }
            }
        });
        return faults;
    }

    private static void charge(Map<String, String> faults, Map<String, String> writes, String key, String message) {
        if (writes.containsKey(key)) {
            faults.putIfAbsent(key, message);
        }
    }
}
