package org.homegw.transfer.internal.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of DeviceInfo.VendorLogFile: a log the ACS can fetch with "2 Vendor Log File" (row 1) or
 * "4 Vendor Log File &lt;i&gt;". {@code file} is the current file; its rolled predecessor
 * {@code <file>.1} is sent first when it exists.
 */
public record VendorLogFile(String name, Path file) {

    public VendorLogFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }

    /**
     * Parses {@code name=path} entries (a path relative to {@code base} or absolute); an entry
     * without '=' or with an empty part is refused.
     */
    public static List<VendorLogFile> parse(String[] entries, Path base) {
        List<VendorLogFile> files = new ArrayList<>();
        for (String e : entries) {
            int eq = e.indexOf('=');
            if (eq <= 0 || eq == e.length() - 1) {
                throw new IllegalArgumentException("vendor log file entry must be name=path: '" + e + "'");
            }
            files.add(new VendorLogFile(e.substring(0, eq).trim(), base.resolve(e.substring(eq + 1).trim())));
        }
        return List.copyOf(files);
    }
}
