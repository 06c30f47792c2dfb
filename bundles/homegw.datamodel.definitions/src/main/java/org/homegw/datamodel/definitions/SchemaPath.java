package org.homegw.datamodel.definitions;

/**
 * Conversions between instance paths ({@code Device.WiFi.SSID.3.SSID}) and schema paths
 * ({@code Device.WiFi.SSID.{i}.SSID}).
 */
public final class SchemaPath {

    /** The placeholder BBF uses for an instance number. */
    public static final String INSTANCE = "{i}";

    private SchemaPath() {
    }

    /**
     * Replaces every all-digit segment (an instance number) by {@code {i}}. Segments that are already
     * {@code {i}} stay. Alias segments ({@code [x]}) and wildcards ({@code *}) are also replaced, so
     * the result can be looked up in {@link DataModelDefinitions}.
     */
    public static String of(String instancePath) {
        StringBuilder out = new StringBuilder(instancePath.length() + 8);
        int start = 0;
        int len = instancePath.length();
        while (start <= len) {
            int dot = instancePath.indexOf('.', start);
            int end = dot < 0 ? len : dot;
            if (isInstanceSegment(instancePath, start, end)) {
                out.append(INSTANCE);
            } else {
                out.append(instancePath, start, end);
            }
            if (dot < 0) {
                break;
            }
            out.append('.');
            start = dot + 1;
        }
        return out.toString();
    }

    private static boolean isInstanceSegment(String s, int start, int end) {
        if (start >= end) {
            return false;
        }
        char first = s.charAt(start);
        if (first == '[' && s.charAt(end - 1) == ']') {
            return true;
        }
        if (first == '*' && end - start == 1) {
            return true;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The object that defines the given object in the schema: {@code Device.WiFi.} for both
     * {@code Device.WiFi.SSID.{i}.} and {@code Device.WiFi.Radio.} (the intermediate table name
     * {@code Device.WiFi.SSID.} is not an object definition of its own); empty for a top-level object.
     */
    public static String parentObject(String objectPath) {
        String p = objectPath.endsWith(".") ? objectPath.substring(0, objectPath.length() - 1) : objectPath;
        if (p.endsWith("." + INSTANCE)) {
            p = p.substring(0, p.length() - INSTANCE.length() - 1);
        }
        int dot = p.lastIndexOf('.');
        return dot < 0 ? "" : p.substring(0, dot + 1);
    }
}
