package org.homegw.datamodel.spi;

import java.util.List;

/**
 * An object path below a provider's root, split into its names: under "Device.", the path
 * "Device.Ethernet.Interface.3." is [Ethernet, Interface, 3], and "Device." itself has no names.
 *
 * @param names the names below the root, in order
 */
public record ObjectPath(List<String> names) {

    public ObjectPath {
        names = List.copyOf(names);
    }

    /** The names of {@code path} below {@code root}, or null when it is not an object path (ending in ".") under the root. */
    public static ObjectPath of(String root, String path) {
        if (!path.startsWith(root) || !path.endsWith(".")) {
            return null;
        }
        if (path.length() == root.length()) {
            return new ObjectPath(List.of());
        }
        return new ObjectPath(List.of(path.substring(root.length(), path.length() - 1).split("\\.", -1)));
    }

    public int size() {
        return names.size();
    }

    /** True when the names are exactly these, "#" standing for any instance number. */
    public boolean is(String... pattern) {
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
    public long number(int i) {
        String s = names.get(i);
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(s);
    }
}
