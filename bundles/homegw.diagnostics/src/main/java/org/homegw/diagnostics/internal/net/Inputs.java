package org.homegw.diagnostics.internal.net;

import java.util.Map;

/** Typed reads of test parameters; the registry has already checked types and ranges. */
public final class Inputs {

    private Inputs() {
    }

    public static long number(Map<String, String> inputs, String name, long fallback) {
        String v = inputs.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public static int intValue(Map<String, String> inputs, String name, int fallback, int min, int max) {
        long n = number(inputs, name, fallback);
        return (int) Math.max(min, Math.min(max, n));
    }

    public static boolean bool(Map<String, String> inputs, String name) {
        String v = inputs.get(name);
        return "true".equalsIgnoreCase(v) || "1".equals(v);
    }

    public static String text(Map<String, String> inputs, String name) {
        String v = inputs.get(name);
        return v == null ? "" : v.trim();
    }
}
