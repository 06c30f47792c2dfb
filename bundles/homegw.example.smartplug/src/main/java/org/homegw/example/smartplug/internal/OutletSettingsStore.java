package org.homegw.example.smartplug.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The outlets' settings (Name, Enable, MaxPower) in a properties file under the state directory,
 * replaced atomically: temporary file, fsync, rename.
 */
public final class OutletSettingsStore {

    private static final System.Logger LOG = System.getLogger(OutletSettingsStore.class.getName());

    private final Path file;

    public OutletSettingsStore(Path file) {
        this.file = file;
    }

    /** The saved settings ("Outlet.1.Name" = ...), empty when none were saved or the file is damaged. */
    public Map<String, String> load() {
        Map<String, String> out = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                Properties p = new Properties();
                p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
                p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.ERROR, "smart plug settings " + file + " unreadable; using defaults", e);
                out.clear();
            }
        }
        return out;
    }

    public void save(Map<String, String> settings) throws IOException {
        Files.createDirectories(file.getParent());
        Properties p = new Properties();
        p.putAll(settings);
        StringWriter text = new StringWriter();
        p.store(text, "homegw example smart plug: outlet settings");
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
