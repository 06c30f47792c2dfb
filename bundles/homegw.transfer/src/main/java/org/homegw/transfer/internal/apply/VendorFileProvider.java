package org.homegw.transfer.internal.apply;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.transfer.internal.engine.VendorLogFile;

/**
 * Serves the files an Upload can name (Device:2 only): {@code DeviceInfo.VendorConfigFile.1.} — the
 * Path=Value export of "1 Vendor Configuration File" / "3 Vendor Configuration File 1" — and
 * {@code DeviceInfo.VendorLogFile.{i}.}, one row per configured log, row i being what
 * "4 Vendor Log File i" uploads (row 1 also "2 Vendor Log File"). Read-only (Alias writes 9008).
 */
public final class VendorFileProvider extends AbstractParameterProvider {

    /** The configuration export's name in VendorConfigFile.1.Name. */
    public static final String CONFIG_FILE_NAME = "homegw-parameters.cfg";
    private static final String UNKNOWN_TIME = "0001-01-01T00:00:00Z";

    private final String deviceInfo;
    private final String configTable;
    private final String logTable;
    private final List<VendorLogFile> logs;
    private final long maxLogBytes;

    public VendorFileProvider(String rootObject, List<VendorLogFile> logs, long maxLogBytes) {
        this.deviceInfo = rootObject + "DeviceInfo.";
        this.configTable = deviceInfo + "VendorConfigFile.";
        this.logTable = deviceInfo + "VendorLogFile.";
        this.logs = List.copyOf(logs);
        this.maxLogBytes = maxLogBytes;
    }

    /** The paths this provider is registered for. */
    public List<String> paths() {
        return List.of(deviceInfo + "VendorConfigFileNumberOfEntries", configTable,
                deviceInfo + "VendorLogFileNumberOfEntries", logTable);
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        if (tablePath.equals(configTable)) {
            return Outcome.success(List.of(1L));
        }
        if (tablePath.equals(logTable)) {
            return Outcome.success(LongStream.rangeClosed(1, logs.size()).boxed().toList());
        }
        return Outcome.success(List.of());
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        if (objectPath.equals(deviceInfo)) {
            for (String name : names) {
                if (name.equals("VendorConfigFileNumberOfEntries")) {
                    out.put(name, "1");
                } else if (name.equals("VendorLogFileNumberOfEntries")) {
                    out.put(name, String.valueOf(logs.size()));
                }
            }
        } else if (objectPath.equals(configTable + "1.")) {
            for (String name : names) {
                String v = switch (name) {
                    case "Alias" -> "cpe-config-1";
                    case "Name" -> CONFIG_FILE_NAME;
                    case "Version" -> "1";
                    // an export made on request: no fixed date
                    case "Date" -> UNKNOWN_TIME;
                    case "Description" -> "writable parameters as Path=Value lines (homegw format)";
                    case "UseForBackupRestore" -> "true";
                    default -> null;
                };
                if (v != null) {
                    out.put(name, v);
                }
            }
        } else if (objectPath.startsWith(logTable)) {
            int i = instance(objectPath, logTable);
            if (i >= 1 && i <= logs.size()) {
                VendorLogFile log = logs.get(i - 1);
                for (String name : names) {
                    String v = switch (name) {
                        case "Alias" -> "cpe-log-" + i;
                        case "Name" -> log.name();
                        case "MaximumSize" -> String.valueOf(Math.min(maxLogBytes, 4294967295L));
                        // files under the state directory survive reboots
                        case "Persistent" -> "true";
                        default -> null;
                    };
                    if (v != null) {
                        out.put(name, v);
                    }
                }
            }
        }
        return Outcome.success(out);
    }

    private static int instance(String objectPath, String table) {
        try {
            return Integer.parseInt(objectPath.substring(table.length(), objectPath.length() - 1));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
