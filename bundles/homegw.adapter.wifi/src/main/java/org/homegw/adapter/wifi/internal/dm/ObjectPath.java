package org.homegw.adapter.wifi.internal.dm;

import java.util.List;

/** An object path below the data-model root, split into its names: "Ethernet.Interface.3." is [Ethernet, Interface, 3]. */
record ObjectPath(List<String> names) {

    /** The names of {@code path} below {@code root} (none for the root itself), or null when it is not an object path under the root. */
    static ObjectPath of(String root, String path) {
        if (!path.startsWith(root) || !path.endsWith(".")) {
            return null;
        }
        if (path.length() == root.length()) {
            return new ObjectPath(List.of());
        }
        return new ObjectPath(List.of(path.substring(root.length(), path.length() - 1).split("\\.", -1)));
    }

    int size() {
        return names.size();
    }

    /** True when the names are exactly these, "#" standing for any instance number. */
    boolean is(String... pattern) {
        if (pattern.length != names.size()) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("#") ? number(i) < 0 : !pattern[i].equals(names.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The instance number at position {@code i}, -1 when that name is not one. */
    long number(int i) {
        String s = names.get(i);
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(s);
    }
}
