package org.homegw.adapter.wifi.internal.config;

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
 * Keeps the Wi-Fi configuration in one properties file under the state directory. A save writes a
 * temporary file, forces it to disk and renames it over the old one, so a crash leaves either the
 * old or the new configuration. The file holds the passphrases, so it is readable by the owner only
 * where the file system supports POSIX permissions.
 */
public final class WifiConfigStore {

    private static final System.Logger LOG = System.getLogger(WifiConfigStore.class.getName());

    private final Path file;

    public WifiConfigStore(Path file) {
        this.file = file;
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
            LOG.log(System.Logger.Level.ERROR, "Wi-Fi configuration " + file + " unreadable; starting from defaults", e);
            out.clear();
        }
        return out;
    }

    public void save(Map<String, String> values) throws IOException {
        Files.createDirectories(file.getParent());
        StringWriter text = new StringWriter();
        text.write("# homegw Wi-Fi configuration (TR-181 Device.WiFi. writable parameters)\n");
        Properties p = new Properties() {
            private static final long serialVersionUID = 1L;

            // sorted output: diffs of the file stay readable
            @Override
            public synchronized java.util.Enumeration<Object> keys() {
                return java.util.Collections.enumeration(new java.util.TreeSet<>(super.keySet()));
            }

            @Override
            public java.util.Set<Map.Entry<Object, Object>> entrySet() {
                java.util.Set<Map.Entry<Object, Object>> sorted = new java.util.TreeSet<>(
                        java.util.Comparator.comparing(e -> e.getKey().toString()));
                sorted.addAll(super.entrySet());
                return sorted;
            }
        };
        p.putAll(values);
        p.store(text, null);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ownerOnly(tmp);
            ch.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void ownerOnly(Path f) throws IOException {
        try {
            Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }
}
