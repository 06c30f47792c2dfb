package org.homegw.launcher;

import java.util.regex.Pattern;

/**
 * One data-model factory-default override, {@code Path=Value}, as passed to the bundles in the
 * {@code homegw.defaults} framework property.
 *
 * @param path  full parameter path, e.g. {@code Device.ManagementServer.PeriodicInformInterval}
 * @param value the value as text; may be empty, may not contain a line break
 */
record ParameterOverride(String path, String value) {

    /** Dot-separated names or instance numbers; a parameter, so no trailing dot. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.([A-Za-z_][A-Za-z0-9_-]*|[0-9]+))+");

    ParameterOverride {
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("'" + path + "' is not a parameter path (like Device.ManagementServer.URL)");
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("the value for " + path + " contains a line break");
        }
    }

    /** Parses {@code PATH=VALUE}; the value is everything after the first '='. */
    static ParameterOverride parse(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("'" + assignment + "' is not PATH=VALUE");
        }
        return new ParameterOverride(assignment.substring(0, eq), assignment.substring(eq + 1));
    }

    String line() {
        return path + "=" + value;
    }
}
