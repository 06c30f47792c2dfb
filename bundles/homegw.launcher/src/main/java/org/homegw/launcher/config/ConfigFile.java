package org.homegw.launcher.config;

import java.util.Map;
import java.util.Objects;

/**
 * One Config Admin configuration shipped in the device configuration's {@code config/} folder:
 * {@code <pid>.cfg} for a singleton configuration, {@code <factoryPid>-<name>.cfg} for a factory
 * configuration (the names Felix FileInstall uses for {@code deploy/}).
 *
 * @param fileName   the file's name, also recorded in the configuration (see {@link #MARKER})
 * @param pid        the PID of a singleton configuration, or the factory PID
 * @param name       the factory configuration's name, null for a singleton
 * @param properties the file's properties (string values; DS and Metatype convert them to the types
 *                   the component's settings declare)
 */
public record ConfigFile(String fileName, String pid, String name, Map<String, String> properties) {

    /** The property that marks a configuration as coming from this file, so removing the file removes it. */
    public static final String MARKER = "homegw.device.config";

    public ConfigFile {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(pid);
        properties = Map.copyOf(properties);
    }

    public boolean factory() {
        return name != null;
    }
}
