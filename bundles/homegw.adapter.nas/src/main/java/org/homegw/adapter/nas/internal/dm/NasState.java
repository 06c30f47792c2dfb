package org.homegw.adapter.nas.internal.dm;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.homegw.datamodel.spi.AtomicFiles;

/**
 * What the NAS adapter remembers across restarts: which instance number each folder has, the next
 * number to give (so numbers are never reused), the folders' settings and the volume's threshold.
 * Saved as one properties file, replaced with {@link AtomicFiles}.
 */
final class NasState {

    /** One folder's settings. */
    record Folder(String name, boolean enable, int userAccountAccess) {
    }

    private static final System.Logger LOG = System.getLogger(NasState.class.getName());

    private final Path file;
    final TreeMap<Long, Folder> folders = new TreeMap<>();
    long next = 1;
    long thresholdLimitMb;

    NasState(Path file) {
        this.file = file;
    }

    NasState copy() {
        NasState c = new NasState(file);
        c.folders.putAll(folders);
        c.next = next;
        c.thresholdLimitMb = thresholdLimitMb;
        return c;
    }

    void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            next = Long.parseLong(p.getProperty("next", "1"));
            thresholdLimitMb = Long.parseLong(p.getProperty("ThresholdLimit", "0"));
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("Folder.") && key.endsWith(".Name")) {
                    long n = Long.parseLong(key.substring(7, key.length() - 5));
                    folders.put(n, new Folder(p.getProperty(key),
                            Boolean.parseBoolean(p.getProperty("Folder." + n + ".Enable", "true")),
                            Integer.parseInt(p.getProperty("Folder." + n + ".UserAccountAccess", "0"))));
                    next = Math.max(next, n + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "NAS state " + file + " unreadable; folders will be renumbered", e);
            folders.clear();
        }
    }

    void save() throws IOException {
        Map<String, String> v = new TreeMap<>();
        v.put("next", Long.toString(next));
        v.put("ThresholdLimit", Long.toString(thresholdLimitMb));
        folders.forEach((n, f) -> {
            v.put("Folder." + n + ".Name", f.name());
            v.put("Folder." + n + ".Enable", Boolean.toString(f.enable()));
            v.put("Folder." + n + ".UserAccountAccess", Integer.toString(f.userAccountAccess()));
        });
        Properties p = new Properties();
        p.putAll(v);
        AtomicFiles.writeProperties(file, p, "homegw NAS adapter state");
    }
}
