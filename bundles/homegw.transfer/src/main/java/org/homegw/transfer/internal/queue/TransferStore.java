package org.homegw.transfer.internal.queue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.homegw.datamodel.spi.AtomicFiles;

/**
 * The transfer queue as persisted in {@code <state>/transfer/transfers.properties}: every change
 * rewrites the file atomically (temp file, fsync, rename) before it returns. File-server passwords
 * are kept because a transfer resumed after a restart needs them; the state directory is private
 * to the gateway.
 */
public final class TransferStore {

    private static final System.Logger LOG = System.getLogger(TransferStore.class.getName());

    private final Path file;
    private final Map<Long, TransferRecord> records = new LinkedHashMap<>();
    private long nextId = 1;

    private TransferStore(Path file) {
        this.file = file;
    }

    /** Loads the store; an unreadable file is moved aside (logged) and the queue starts empty. */
    public static TransferStore open(Path file) {
        TransferStore s = new TransferStore(file);
        s.load();
        return s;
    }

    public synchronized long allocateId() {
        return nextId++;
    }

    public synchronized List<TransferRecord> all() {
        return List.copyOf(records.values());
    }

    public synchronized Optional<TransferRecord> get(long id) {
        return Optional.ofNullable(records.get(id));
    }

    public synchronized int size() {
        return records.size();
    }

    /** Adds or replaces the record and persists before returning. */
    public synchronized void put(TransferRecord r) {
        records.put(r.id(), r);
        save();
    }

    /** Adds the record unless the queue already holds {@code limit} records; persisted on success. */
    public synchronized boolean offer(TransferRecord r, int limit) {
        if (records.size() >= limit) {
            return false;
        }
        put(r);
        return true;
    }

    /** Replaces {@code expected} by {@code next} only if the stored record is still {@code expected}. */
    public synchronized boolean replace(TransferRecord expected, TransferRecord next) {
        if (!expected.equals(records.get(expected.id()))) {
            return false;
        }
        put(next);
        return true;
    }

    /** Removes the record only if the stored one is still {@code expected}. */
    public synchronized boolean removeIfUnchanged(TransferRecord expected) {
        if (!expected.equals(records.get(expected.id()))) {
            return false;
        }
        remove(expected.id());
        return true;
    }

    public synchronized void remove(long id) {
        if (records.remove(id) != null) {
            save();
        }
    }

    private void load() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            nextId = Long.parseLong(p.getProperty("nextId", "1"));
            for (String id : p.getProperty("ids", "").split(",")) {
                if (!id.isBlank()) {
                    TransferRecord r = read(p, "t." + id.trim() + ".");
                    records.put(r.id(), r);
                }
            }
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
            LOG.log(Level.ERROR, "transfer queue " + file + " unreadable (" + e + "); moved to " + aside);
            records.clear();
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.log(Level.WARNING, "cannot move " + file + " aside: " + moveFailed.getMessage());
            }
        }
    }

    private void save() {
        Properties p = new Properties();
        p.setProperty("nextId", String.valueOf(nextId));
        List<String> ids = new ArrayList<>();
        for (TransferRecord r : records.values()) {
            ids.add(String.valueOf(r.id()));
            write(p, "t." + r.id() + ".", r);
        }
        p.setProperty("ids", String.join(",", ids));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.store(out, "homegw transfer queue; written atomically, do not edit while running");
            AtomicFiles.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot persist the transfer queue to " + file, e);
        }
    }

    private static void write(Properties p, String prefix, TransferRecord r) {
        p.setProperty(prefix + "id", String.valueOf(r.id()));
        p.setProperty(prefix + "method", r.method());
        p.setProperty(prefix + "commandKey", r.commandKey());
        p.setProperty(prefix + "fileType", r.fileType());
        p.setProperty(prefix + "url", r.url());
        p.setProperty(prefix + "username", r.username());
        p.setProperty(prefix + "password", r.password());
        p.setProperty(prefix + "fileSize", String.valueOf(r.fileSize()));
        p.setProperty(prefix + "targetFileName", r.targetFileName());
        p.setProperty(prefix + "notBefore", r.notBefore().toString());
        p.setProperty(prefix + "state", r.state().name());
        if (r.startTime() != null) {
            p.setProperty(prefix + "startTime", r.startTime().toString());
        }
        if (r.completeTime() != null) {
            p.setProperty(prefix + "completeTime", r.completeTime().toString());
        }
        p.setProperty(prefix + "faultCode", String.valueOf(r.faultCode()));
        p.setProperty(prefix + "faultString", r.faultString());
        p.setProperty(prefix + "etag", r.etag());
        p.setProperty(prefix + "attempts", String.valueOf(r.attempts()));
        for (int i = 0; i < r.windows().size(); i++) {
            TimeWindow w = r.windows().get(i);
            String wp = prefix + "window." + i + ".";
            p.setProperty(wp + "start", w.start().toString());
            p.setProperty(wp + "end", w.end().toString());
            p.setProperty(wp + "mode", w.mode());
            p.setProperty(wp + "userMessage", w.userMessage());
            p.setProperty(wp + "maxRetries", String.valueOf(w.maxRetries()));
        }
    }

    private static TransferRecord read(Properties p, String prefix) {
        List<TimeWindow> windows = new ArrayList<>();
        for (int i = 0; p.getProperty(prefix + "window." + i + ".start") != null; i++) {
            String wp = prefix + "window." + i + ".";
            windows.add(new TimeWindow(Instant.parse(p.getProperty(wp + "start")), Instant.parse(p.getProperty(wp + "end")),
                    p.getProperty(wp + "mode"), p.getProperty(wp + "userMessage"),
                    Integer.parseInt(p.getProperty(wp + "maxRetries"))));
        }
        return new TransferRecord(Long.parseLong(required(p, prefix + "id")), required(p, prefix + "method"),
                required(p, prefix + "commandKey"), required(p, prefix + "fileType"), required(p, prefix + "url"),
                p.getProperty(prefix + "username"), p.getProperty(prefix + "password"),
                Long.parseLong(p.getProperty(prefix + "fileSize", "0")), p.getProperty(prefix + "targetFileName"),
                Instant.parse(required(p, prefix + "notBefore")), windows,
                TransferState.valueOf(required(p, prefix + "state")), instant(p, prefix + "startTime"),
                instant(p, prefix + "completeTime"), Integer.parseInt(p.getProperty(prefix + "faultCode", "0")),
                p.getProperty(prefix + "faultString"), p.getProperty(prefix + "etag"),
                Integer.parseInt(p.getProperty(prefix + "attempts", "0")));
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return v;
    }

    private static Instant instant(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? null : Instant.parse(v);
    }
}
