package org.homegw.launcher.logging;

import java.lang.System.Logger.Level;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Logging settings, read from {@code logging.properties} in the device configuration:
 * <pre>
 * level=INFO                      # threshold of every logger
 * level.org.homegw.cwmp=DEBUG     # threshold of the loggers whose name starts with this prefix
 * console.level=INFO              # the console shows nothing below this
 * file.maxBytes=1048576           # the log file rolls over at this size
 * file.count=5                    # homegw.log plus this many rolled files (homegw.log.1 ...)
 * </pre>
 *
 * @param rootLevel    threshold of loggers no prefix matches
 * @param prefixLevels thresholds by logger-name prefix, longest prefix first
 * @param consoleLevel the console's own threshold
 * @param fileMaxBytes size at which the log file rolls over
 * @param fileCount    number of rolled files kept
 */
public record LogConfig(Level rootLevel, Map<String, Level> prefixLevels, Level consoleLevel, long fileMaxBytes,
        int fileCount) {

    /** The current log file's name in the log directory; rolled files append ".1", ".2", ... */
    public static final String FILE_NAME = "homegw.log";


    /** Used until the launcher has read the device configuration. */
    public static final LogConfig DEFAULT = new LogConfig(Level.INFO, Map.of(), Level.INFO, 1 << 20, 5);

    public LogConfig {
        prefixLevels = Map.copyOf(prefixLevels);
    }

    /** The threshold for a logger: the level of the longest matching prefix, else the root level. */
    public Level thresholdOf(String loggerName) {
        Level best = rootLevel;
        int bestLength = -1;
        for (Map.Entry<String, Level> e : prefixLevels.entrySet()) {
            String prefix = e.getKey();
            boolean matches = loggerName.equals(prefix) || loggerName.startsWith(prefix + ".");
            if (matches && prefix.length() > bestLength) {
                best = e.getValue();
                bestLength = prefix.length();
            }
        }
        return best;
    }

    /**
     * Parses the settings; unknown keys and bad values are errors, so a typo in the file does not
     * silently leave the gateway logging at the wrong level.
     */
    public static LogConfig parse(Properties p) {
        Level root = DEFAULT.rootLevel();
        Level console = DEFAULT.consoleLevel();
        long maxBytes = DEFAULT.fileMaxBytes();
        int count = DEFAULT.fileCount();
        Map<String, Level> prefixes = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames().stream().sorted(Comparator.naturalOrder()).toList()) {
            String value = p.getProperty(key).trim();
            switch (key) {
                case "level" -> root = level(key, value);
                case "console.level" -> console = level(key, value);
                case "file.maxBytes" -> maxBytes = positive(key, value, 4096);
                case "file.count" -> count = (int) positive(key, value, 1);
                default -> {
                    if (!key.startsWith("level.") || key.length() == "level.".length()) {
                        throw new IllegalArgumentException("unknown logging setting '" + key + "'");
                    }
                    prefixes.put(key.substring("level.".length()), level(key, value));
                }
            }
        }
        return new LogConfig(root, prefixes, console, maxBytes, count);
    }

    private static Level level(String key, String value) {
        String v = value.toUpperCase(Locale.ROOT);
        if (v.equals("WARN")) {
            v = "WARNING";
        }
        try {
            return Level.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("logging setting '" + key + "': '" + value
                    + "' is not one of OFF, ERROR, WARNING, INFO, DEBUG, TRACE, ALL");
        }
    }

    private static long positive(String key, String value, long min) {
        try {
            long n = Long.parseLong(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("logging setting '" + key + "': '" + value
                + "' is not a whole number of at least " + min);
    }
}
