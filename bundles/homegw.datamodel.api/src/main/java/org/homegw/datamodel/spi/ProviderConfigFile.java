package org.homegw.datamodel.spi;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A provider's writable configuration in one properties file under the state directory. A save
 * replaces the file with {@link AtomicFiles}, so a crash leaves either the old or the new
 * configuration. The file may hold secrets (passphrases, SIP passwords), so it is readable by the
 * owner only where the file system supports POSIX permissions.
 */
public class ProviderConfigFile {

    private static final System.Logger LOG = System.getLogger(ProviderConfigFile.class.getName());

    private final Path file;
    private final String description;

    /** @param description what the file holds, for its header line and log messages (e.g. "Wi-Fi configuration") */
    public ProviderConfigFile(Path file, String description) {
        this.file = file;
        this.description = description;
    }

    /** The saved values, or an empty map when nothing was saved yet or the file is unreadable. */
    public Map<String, String> load() {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.ERROR, description + " " + file + " unreadable; starting from defaults", e);
            out.clear();
        }
        return out;
    }

    /** Replaces the saved values atomically; keys are written sorted so the file diffs well. */
    public void save(Map<String, String> values) throws IOException {
        StringWriter text = new StringWriter();
        text.write("# homegw " + description + "\n");
        Properties p = new Properties();
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            StringWriter line = new StringWriter();
            p.clear();
            p.setProperty(e.getKey(), e.getValue());
            p.store(line, null);
            // Properties.store writes a date comment first: keep only the escaped key=value line
            String stored = line.toString();
            text.write(stored.substring(stored.indexOf('\n') + 1));
        }
        // AtomicFiles makes the file owner-only where the file system has POSIX permissions
        AtomicFiles.write(file, text.toString());
    }
}
