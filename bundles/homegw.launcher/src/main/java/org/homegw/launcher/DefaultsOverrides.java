package org.homegw.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code homegw.defaults} framework property: newline-separated {@code Path=Value}
 * lines, in the order generated serial number, dedicated options, {@code --set}s; a later line
 * for the same path wins, so {@code --set} beats a shorthand.
 */
final class DefaultsOverrides {

    private DefaultsOverrides() {
    }

    /**
     * @param root   the data-model root, {@code Device} or {@code InternetGatewayDevice}
     * @param serial the generated serial number, or null when the device configuration has one
     */
    static List<ParameterOverride> of(LauncherOptions o, String root, String serial) {
        List<ParameterOverride> lines = new ArrayList<>();
        if (serial != null) {
            lines.add(new ParameterOverride(root + ".DeviceInfo.SerialNumber", serial));
        }
        String ms = root + ".ManagementServer.";
        add(lines, ms + "URL", o.acsUrl());
        add(lines, ms + "Username", o.acsUsername());
        add(lines, ms + "Password", o.acsPassword());
        add(lines, ms + "ConnectionRequestUsername", o.crUsername());
        add(lines, ms + "ConnectionRequestPassword", o.crPassword());
        lines.addAll(o.sets());
        return lines;
    }

    static String toProperty(List<ParameterOverride> lines) {
        StringBuilder sb = new StringBuilder();
        for (ParameterOverride line : lines) {
            sb.append(line.line()).append('\n');
        }
        return sb.toString();
    }

    /** For the log: the lines comma-separated, the values of password parameters masked. */
    static String describe(List<ParameterOverride> lines) {
        StringBuilder sb = new StringBuilder();
        for (ParameterOverride line : lines) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            boolean secret = line.path().endsWith("Password") || line.path().endsWith("Passphrase")
                    || line.path().endsWith("Key");
            sb.append(line.path()).append('=').append(secret ? "*****" : line.value());
        }
        return sb.toString();
    }

    private static void add(List<ParameterOverride> lines, String path, String value) {
        if (value != null) {
            lines.add(new ParameterOverride(path, value));
        }
    }
}
