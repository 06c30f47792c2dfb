package org.homegw.launcher.config;

import java.io.IOException;
import java.io.Reader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the {@code *.cfg} files of a device configuration's {@code config/} folder. */
public final class ConfigFiles {

    private static final System.Logger LOG = System.getLogger(ConfigFiles.class.getName());

    /** PIDs are dotted names; a '-' separates a factory PID from the configuration's name. */
    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9_.]+)(?:-([A-Za-z0-9_.-]+))?\\.cfg");

    private ConfigFiles() {
    }

    /**
     * The configurations in {@code dir}, sorted by file name; none when the folder does not exist. A
     * file whose name is not a PID or that cannot be read is left out with an error in the log, so
     * one bad file does not keep the gateway from starting.
     */
    public static List<ConfigFile> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<ConfigFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".cfg")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                Matcher m = NAME.matcher(fileName);
                if (!m.matches()) {
                    LOG.log(Level.ERROR, "ignoring {0}: not <pid>.cfg or <factoryPid>-<name>.cfg", file);
                    continue;
                }
                try {
                    out.add(new ConfigFile(fileName, m.group(1), m.group(2), properties(file)));
                } catch (IOException | IllegalArgumentException e) {
                    LOG.log(Level.ERROR, "ignoring {0}: {1}", file, e.getMessage());
                }
            }
        }
        return out;
    }

    private static Map<String, String> properties(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.equals("service.pid") || key.equals("service.factoryPid") || key.equals(ConfigFile.MARKER)) {
                throw new IllegalArgumentException(key + " is set by Config Admin, not by the file");
            }
            out.put(key, p.getProperty(key));
        }
        return out;
    }
}
