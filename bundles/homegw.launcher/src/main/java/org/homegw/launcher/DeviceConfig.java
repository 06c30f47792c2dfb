package org.homegw.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.homegw.launcher.logging.LogConfig;

/**
 * What the launcher itself needs from the device configuration directory ({@code conf/} in the
 * distribution, {@code device-config/} in the source tree). The bundles read the rest.
 *
 * @param dataModel       the exposed root data model, {@code Device:2} or {@code InternetGatewayDevice:1}
 * @param hasSerialNumber true when {@code defaults.properties} sets the root's DeviceInfo.SerialNumber
 * @param disabledBundles Bundle-SymbolicNames the launcher must not install ({@code adapters.disabled})
 * @param logging         the logging settings from {@code logging.properties}
 */
record DeviceConfig(String dataModel, boolean hasSerialNumber, Set<String> disabledBundles, LogConfig logging) {

    static final String DEVICE_FILE = "device.properties";
    static final String DEFAULTS_FILE = "defaults.properties";
    static final String LOGGING_FILE = "logging.properties";

    /** The root object name, {@code Device} or {@code InternetGatewayDevice}. */
    String root() {
        return dataModel.substring(0, dataModel.indexOf(':'));
    }

    static DeviceConfig load(Path configDir) throws UsageException {
        Properties device = read(configDir.resolve(DEVICE_FILE));
        String dataModel = device.getProperty("datamodel", "Device:2").trim();
        if (!dataModel.equals("Device:2") && !dataModel.equals("InternetGatewayDevice:1")) {
            throw new UsageException(configDir.resolve(DEVICE_FILE) + ": datamodel=" + dataModel
                    + " is neither Device:2 nor InternetGatewayDevice:1");
        }
        String root = dataModel.substring(0, dataModel.indexOf(':'));
        Properties defaults = read(configDir.resolve(DEFAULTS_FILE));
        boolean hasSerial = !defaults.getProperty(root + ".DeviceInfo.SerialNumber", "").isBlank();
        LogConfig logging;
        try {
            logging = LogConfig.parse(read(configDir.resolve(LOGGING_FILE)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(configDir.resolve(LOGGING_FILE) + ": " + e.getMessage());
        }
        Set<String> disabled = Arrays.stream(device.getProperty("adapters.disabled", "").split(","))
                .map(String::trim).filter(n -> !n.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new DeviceConfig(dataModel, hasSerial, disabled, logging);
    }

    /** A missing file is an empty one: every setting has a default. */
    private static Properties read(Path file) throws UsageException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new UsageException("cannot read " + file + ": " + e.getMessage());
            }
        }
        return p;
    }
}
