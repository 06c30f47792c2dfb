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
                if (matchEnd(own, own.lastIndexOf('.') + 1, objectPath) == objectPath.length()) {
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
        return matchEnd(pattern, pattern.length(), path);
    }

    /** {@link #matchEnd(String, String)} with the pattern's first {@code patternLength} characters. */
    static int matchEnd(String pattern, int patternLength, String path) {
        int i = 0;
        int j = 0;
        int pathLength = path.length();
        // "{i}" is tested only where a '{' is: this runs for every registration near every path read
        while (i < patternLength) {
            char p = pattern.charAt(i);
            if (p == '{' && i + 3 <= patternLength && pattern.startsWith("{i}", i)) {
                int start = j;
                if (path.startsWith("{i}", j)) {
                    j += 3;
                } else {
                    while (j < pathLength && Character.isDigit(path.charAt(j))) {
                        j++;
                    }
                    if (j == start) {
                        return -1;
                    }
                }
                i += 3;
            } else if (j < pathLength && path.charAt(j) == '{' && path.startsWith("{i}", j) && Character.isDigit(p)) {
                while (i < patternLength && Character.isDigit(pattern.charAt(i))) {
                    i++;
                }
                j += 3;
            } else {
                if (j >= pathLength || p != path.charAt(j)) {
                    return -1;
                }
                i++;
                j++;
            }
        }
        return j;
    }
}
