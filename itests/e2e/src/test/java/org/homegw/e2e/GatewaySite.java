package org.homegw.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * An installation of the assembled distribution for one test: its own {@code bin/homegw} (a copy of
 * the shipped script, which finds its home from its own location) and {@code deploy/} folder, with
 * {@code lib/}, {@code bundles/} and {@code conf/} linked to the distribution's, so tests never write
 * into the shared build output.
 */
public final class GatewaySite {

    /** Config Admin PID of the Connection Request component. */
    public static final String CONNREQ_PID = "org.homegw.cwmp.connreq";

    private final Path home;

    private GatewaySite(Path home) {
        this.home = home;
    }

    /**
     * Lays out {@code home} from {@code distribution}; {@code configs} maps a PID to its properties,
     * written as {@code deploy/<pid>.cfg}.
     */
    public static GatewaySite create(Path home, Path distribution, Map<String, Map<String, String>> configs) {
        return create(home, distribution, configs, Map.of());
    }

    /**
     * As {@link #create(Path, Path, Map)}, with {@code confFiles} (path relative to {@code conf/} →
     * content) added to a copy of the distribution's {@code conf/}: a firmware builder's device
     * configuration, e.g. {@code config/<pid>.cfg}. Without files {@code conf/} is linked as usual.
     */
    public static GatewaySite create(Path home, Path distribution, Map<String, Map<String, String>> configs,
                                     Map<String, String> confFiles) {
        try {
            Files.createDirectories(home.resolve("bin"));
            Files.copy(distribution.resolve("bin/homegw"), home.resolve("bin/homegw"),
                    StandardCopyOption.COPY_ATTRIBUTES);
            for (String dir : new String[] {"lib", "bundles"}) {
                Files.createSymbolicLink(home.resolve(dir), distribution.resolve(dir));
            }
            if (confFiles.isEmpty()) {
                Files.createSymbolicLink(home.resolve("conf"), distribution.resolve("conf"));
            } else {
                copyTree(distribution.resolve("conf"), home.resolve("conf"));
                for (Map.Entry<String, String> f : confFiles.entrySet()) {
                    Path file = home.resolve("conf").resolve(f.getKey());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
                }
            }
            Files.createDirectories(home.resolve("deploy"));
            for (Map.Entry<String, Map<String, String>> c : configs.entrySet()) {
                StringBuilder text = new StringBuilder();
                new TreeMap<>(c.getValue()).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
                Files.writeString(home.resolve("deploy/" + c.getKey() + ".cfg"), text, StandardCharsets.UTF_8);
            }
            return new GatewaySite(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out a gateway site in " + home, e);
        }
    }

    /**
     * Seeds the Connection Request settings every e2e gateway gets into a fresh state directory's
     * Config Admin store ({@code <state>/config}, Felix Config Admin's file format): the shipped rate
     * limit (4 per minute) would refuse most of a test class's Connection Requests. Seeded rather than
     * dropped into deploy/: FileInstall applies deploy/ files after start, which restarts the
     * Connection Request component, and an Inform sent while it restarts reports an empty
     * ConnectionRequestURL that is never corrected (see itests/e2e/README.md).
     */
    public static void seedConnectionRequestSettings(Path stateDir) {
        seedConfiguration(stateDir, CONNREQ_PID, Map.of("rateLimitBudget", "10000", "rateLimitWindowSeconds", "1"));
    }

    /**
     * Writes a configuration into the state directory's Config Admin store (string values; DS
     * converts them to the component's types). Read at the next framework start, so it can also
     * change the configuration a running gateway gets after a reboot.
     */
    public static void seedConfiguration(Path stateDir, String pid, Map<String, String> properties) {
        Path file = configurationFile(stateDir, pid);
        StringBuilder text = new StringBuilder("service.pid=\"" + pid + "\"\n");
        new TreeMap<>(properties).forEach((k, v) -> text.append(k).append("=\"")
                .append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n"));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot seed " + file, e);
        }
    }

    /** Where Felix Config Admin keeps the configuration {@code pid} ({@code <state>/config/a/b/c.config}). */
    public static Path configurationFile(Path stateDir, String pid) {
        return stateDir.resolve("config/" + pid.replace('.', '/') + ".config");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    public Path home() {
        return home;
    }

    public Path launcher() {
        return home.resolve("bin/homegw");
    }
}
