package org.homegw.launcher.config;

import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings Config Admin in line with the configurations a firmware ships in {@code conf/config/}:
 * each file's configuration is created or updated (only when it differs, so components are not
 * restarted for nothing), and a configuration whose file is gone (a firmware update removed it) is
 * deleted. Runs at every start before the gateway's own bundles start, so their components activate
 * with the shipped settings from the first moment.
 */
public final class DeviceConfigurations {

    private static final System.Logger LOG = System.getLogger(DeviceConfigurations.class.getName());

    private DeviceConfigurations() {
    }

    /** Counts of what {@link #apply} did. */
    public record Outcome(int updated, int unchanged, int deleted, int failed) {
    }

    public static Outcome apply(List<ConfigFile> files, ConfigTarget target) {
        int updated = 0;
        int unchanged = 0;
        int deleted = 0;
        int failed = 0;
        Set<String> present = new HashSet<>();
        for (ConfigFile f : files) {
            present.add(f.fileName());
            Map<String, String> props = new HashMap<>(f.properties());
            props.put(ConfigFile.MARKER, f.fileName());
            try {
                if (target.put(f, props)) {
                    updated++;
                    LOG.log(Level.INFO, "configuration {0} applied from conf/config/{1}", describe(f), f.fileName());
                } else {
                    unchanged++;
                }
            } catch (Exception e) {
                failed++;
                LOG.log(Level.ERROR, "cannot apply conf/config/" + f.fileName() + ": " + e, e);
            }
        }
        try {
            for (String gone : target.shippedFileNames()) {
                if (!present.contains(gone)) {
                    target.delete(gone);
                    deleted++;
                    LOG.log(Level.INFO, "configuration from conf/config/{0} deleted: the file is gone", gone);
                }
            }
        } catch (Exception e) {
            failed++;
            LOG.log(Level.ERROR, "cannot remove configurations of deleted conf/config files: " + e, e);
        }
        return new Outcome(updated, unchanged, deleted, failed);
    }

    private static String describe(ConfigFile f) {
        return f.factory() ? f.pid() + " (factory, name " + f.name() + ")" : f.pid();
    }
}
