package org.homegw.swmod.internal.du;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The persisted DeploymentUnit / ExecutionUnit numbering, keyed by bundle location (stable across
 * framework restarts and bundle updates). A record stays until its unit is uninstalled (an
 * UNINSTALLED event or an ACS Uninstall), not merely while its bundle is absent: the launcher cleans
 * the framework cache at every start and deploy/ bundles come back later than this service. Numbers are never reused, so an ACS that cached
 * "DeploymentUnit.3." does not silently address a different unit later. Every change is written at
 * once: temp file, fsync, atomic rename.
 */
public final class DuRegistry {

    private static final System.Logger LOG = System.getLogger(DuRegistry.class.getName());

    private final Path file;
    private final Map<String, DuRecord> byLocation = new LinkedHashMap<>();
    private long nextDu = 1;
    private long nextEu = 1;
    private String execEnvAlias = "";

    /** Loads the numbering from {@code file}; a missing file means no units yet. */
    public DuRegistry(Path file) {
        this.file = file;
        load();
    }

    public synchronized Optional<DuRecord> byLocation(String location) {
        return Optional.ofNullable(byLocation.get(location));
    }

    public synchronized Optional<DuRecord> byUuid(String uuid) {
        return byLocation.values().stream().filter(r -> r.uuid().equalsIgnoreCase(uuid)).findFirst();
    }

    public synchronized Optional<DuRecord> byDuNumber(long number) {
        return byLocation.values().stream().filter(r -> r.duNumber() == number).findFirst();
    }

    public synchronized Optional<DuRecord> byEuNumber(long number) {
        return byLocation.values().stream().filter(r -> r.euNumber() == number).findFirst();
    }

    /** Every record, by DeploymentUnit number. */
    public synchronized List<DuRecord> all() {
        List<DuRecord> out = new ArrayList<>(byLocation.values());
        out.sort(Comparator.comparingLong(DuRecord::duNumber));
        return out;
    }

    /** Allocates fresh DU and EU numbers for a bundle location and persists them. */
    public synchronized DuRecord allocate(String location, String uuid, String url, String installed, String version) {
        DuRecord existing = byLocation.get(location);
        if (existing != null) {
            return existing;
        }
        DuRecord record = new DuRecord(nextDu++, nextEu++, location, uuid, url, installed, version);
        byLocation.put(location, record);
        save();
        return record;
    }

    /** Replaces a record (same location), e.g. after an update from a new URL. */
    public synchronized void replace(DuRecord record) {
        byLocation.put(record.location(), record);
        save();
    }

    /** Forgets a bundle location; its numbers are not handed out again. */
    public synchronized void remove(String location) {
        if (byLocation.remove(location) != null) {
            save();
        }
    }

    /** ExecEnv.1.Alias as the ACS set it ("" = the CPE's own "cpe-1"). */
    public synchronized String execEnvAlias() {
        return execEnvAlias;
    }

    public synchronized void setExecEnvAlias(String alias) {
        execEnvAlias = alias;
        save();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        Properties p;
        try {
            p = AtomicProperties.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        nextDu = Long.parseLong(p.getProperty("next.du", "1"));
        nextEu = Long.parseLong(p.getProperty("next.eu", "1"));
        execEnvAlias = p.getProperty("execenv.alias", "");
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("du.") && key.endsWith(".location")) {
                String prefix = key.substring(0, key.length() - "location".length());
                try {
                    DuRecord r = new DuRecord(Long.parseLong(prefix.substring(3, prefix.length() - 1)),
                            Long.parseLong(p.getProperty(prefix + "eu")), p.getProperty(key),
                            p.getProperty(prefix + "uuid", ""), p.getProperty(prefix + "url", ""),
                            p.getProperty(prefix + "installed", ""), p.getProperty(prefix + "version", ""),
                            Boolean.parseBoolean(p.getProperty(prefix + "active", "true")),
                            Boolean.parseBoolean(p.getProperty(prefix + "autostart", "true")),
                            p.getProperty(prefix + "du.alias", ""), p.getProperty(prefix + "eu.alias", ""));
                    byLocation.put(r.location(), r);
                    nextDu = Math.max(nextDu, r.duNumber() + 1);
                    nextEu = Math.max(nextEu, r.euNumber() + 1);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "ignoring damaged entry " + prefix + " in " + file);
                }
            }
        }
    }

    private void save() {
        Properties p = new Properties();
        p.setProperty("next.du", Long.toString(nextDu));
        p.setProperty("next.eu", Long.toString(nextEu));
        p.setProperty("execenv.alias", execEnvAlias);
        for (DuRecord r : byLocation.values()) {
            String prefix = "du." + r.duNumber() + ".";
            p.setProperty(prefix + "location", r.location());
            p.setProperty(prefix + "eu", Long.toString(r.euNumber()));
            p.setProperty(prefix + "uuid", r.uuid());
            p.setProperty(prefix + "url", r.url());
            p.setProperty(prefix + "installed", r.installed());
            p.setProperty(prefix + "version", r.version());
            p.setProperty(prefix + "active", Boolean.toString(r.active()));
            p.setProperty(prefix + "autostart", Boolean.toString(r.autoStart()));
            p.setProperty(prefix + "du.alias", r.duAlias());
            p.setProperty(prefix + "eu.alias", r.euAlias());
        }
        try {
            AtomicProperties.write(file, p, "homegw software modules: DeploymentUnit/ExecutionUnit numbering");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
