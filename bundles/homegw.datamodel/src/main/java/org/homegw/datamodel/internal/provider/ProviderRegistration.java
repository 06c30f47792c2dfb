package org.homegw.datamodel.internal.provider;

import java.util.List;
import java.util.Objects;

import org.homegw.datamodel.spi.ParameterProvider;

/**
 * A provider with the service properties the registry routes by: the paths it owns (object paths
 * end in "."; "{i}" stands for any instance number), its service ranking and id, and whether it
 * pushes its changes.
 */
public record ProviderRegistration(ParameterProvider provider, List<String> paths, int ranking, long serviceId,
                                   boolean pushesChanges) {

    public ProviderRegistration {
        Objects.requireNonNull(provider, "provider");
        paths = List.copyOf(paths);
    }

    /**
     * How specifically this provider owns {@code path}: the length of its longest own path that is
     * equal to it or an object-path prefix of it, -1 when it does not own it.
     */
    public int matchLength(String path) {
        int best = -1;
        for (String own : paths) {
            int end = matchEnd(own, path);
            if (end >= 0 && (end == path.length() || own.endsWith("."))) {
                best = Math.max(best, own.length());
            }
        }
        return best;
    }

    /** True when one of this provider's paths is exactly the parameter {@code parameterPath}. */
    public boolean ownsParameter(String parameterPath) {
        for (String own : paths) {
            if (!own.endsWith(".") && matchEnd(own, parameterPath) == parameterPath.length()) {
                return true;
            }
        }
        return false;
    }

    /** True when one of this provider's paths lies inside the object {@code objectPath}. */
    public boolean ownsBelow(String objectPath) {
        for (String own : paths) {
            if (own.length() > objectPath.length() && matchEnd(objectPath, own) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when one of this provider's paths is a single parameter of the object {@code objectPath}. */
    public boolean ownsParameterIn(String objectPath) {
        for (String own : paths) {
            if (!own.endsWith(".")) {
                String objectPart = own.substring(0, own.lastIndexOf('.') + 1);
                if (matchEnd(objectPart, objectPath) == objectPath.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Matches {@code pattern} as a prefix of {@code path}, "{i}" in the pattern (or the other side)
     * standing for any instance number. Answers the index in {@code path} after the prefix, or -1.
     */
    static int matchEnd(String pattern, String path) {
        int i = 0;
        int j = 0;
        while (i < pattern.length()) {
            if (pattern.startsWith("{i}", i)) {
                int start = j;
                if (path.startsWith("{i}", j)) {
                    j += 3;
                } else {
                    while (j < path.length() && Character.isDigit(path.charAt(j))) {
                        j++;
                    }
                    if (j == start) {
                        return -1;
                    }
                }
                i += 3;
            } else if (path.startsWith("{i}", j) && Character.isDigit(pattern.charAt(i))) {
                while (i < pattern.length() && Character.isDigit(pattern.charAt(i))) {
                    i++;
                }
                j += 3;
            } else {
                if (j >= path.length() || pattern.charAt(i) != path.charAt(j)) {
                    return -1;
                }
                i++;
                j++;
            }
        }
        return j;
    }
}
