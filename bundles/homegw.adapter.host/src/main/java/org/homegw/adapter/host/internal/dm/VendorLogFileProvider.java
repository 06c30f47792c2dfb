package org.homegw.adapter.host.internal.dm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DeviceInfo.VendorLogFile.{i}: the gateway's own log files as the runtime writes them, the
 * current file ({@code homegw.log}, instance 1) and the rolled ones that exist ({@code homegw.log.1}
 * is instance 2, ...). Name is the file's absolute path, MaximumSize the size at which the runtime
 * rolls a file over, Persistent whether the files survive a power cycle (false on a RAM file system).
 */
public final class VendorLogFileProvider extends HostProvider {

    /** File-system types whose content is gone after a reboot. */
    private static final Set<String> VOLATILE_TYPES = Set.of("tmpfs", "ramfs");

    /**
     * Where and how the runtime writes its log.
     *
     * @param dir       the log directory
     * @param fileName  the current file's name; rolled files append ".1", ".2", ...
     * @param maxBytes  the size at which a file rolls over
     * @param rolled    how many rolled files are kept
     */
    public record LogFiles(Path dir, String fileName, long maxBytes, int rolled) {
    }

    private final LogFiles logs;

    public VendorLogFileProvider(String root, LogFiles logs) {
        super(root);
        this.logs = logs;
    }

    @Override
    public List<String> paths() {
        return List.of(root + "DeviceInfo.VendorLogFileNumberOfEntries", root + "DeviceInfo.VendorLogFile.");
    }

    /** The existing files, instance 1 first. */
    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i <= logs.rolled(); i++) {
            Path f = logs.dir().resolve(i == 0 ? logs.fileName() : logs.fileName() + "." + i);
            if (Files.isRegularFile(f)) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    List<Long> tableInstances(ObjectPath table) {
        if (!table.is("DeviceInfo", "VendorLogFile")) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        for (long i = 1; i <= files().size(); i++) {
            out.add(i);
        }
        return out;
    }

    @Override
    Map<String, String> values(ObjectPath object) throws IOException {
        if (object.is("DeviceInfo")) {
            return Map.of("VendorLogFileNumberOfEntries", Integer.toString(files().size()));
        }
        if (object.is("DeviceInfo", "VendorLogFile", "#")) {
            List<Path> files = files();
            long i = object.number(2);
            if (i >= 1 && i <= files.size()) {
                Path f = files.get((int) i - 1);
                return Map.of("Name", f.toAbsolutePath().toString(), "MaximumSize", unsignedInt(logs.maxBytes()),
                        "Persistent", Boolean.toString(persistent(Files.getFileStore(f).type())));
            }
        }
        return Map.of();
    }

    static boolean persistent(String fileStoreType) {
        return !VOLATILE_TYPES.contains(fileStoreType);
    }
}
