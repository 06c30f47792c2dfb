package org.homegw.cwmp.client.internal.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.datamodel.spi.AtomicFiles;

/**
 * The events waiting for delivery to the ACS, plus the little state that decides 0 BOOTSTRAP (the
 * ACS URL of the last successful contact) and the events to raise at the next start (e.g. "M Reboot").
 * Every change is written to disk (temp file, fsync, atomic rename) before the method returns, so an
 * event acknowledged to its producer survives kill -9 (events a restart drops by rule excepted, see
 * {@link #add}). A call that leaves the file's content as it is writes nothing: the delivery of a
 * lone "6 CONNECTION REQUEST", which was never written, is the whole of a warm session's bookkeeping.
 */
public final class EventStore {

    private static final System.Logger LOG = System.getLogger(EventStore.class.getName());
    private static final int FORMAT = 1;

    private final Path file;
    private final List<CwmpEvent> pending = new ArrayList<>();
    /**
     * The pending events read from disk and not raised again since: only these are subject to the
     * restart rules at {@link #start}. Events raised in this run before start (an active notification
     * while the framework is still starting) belong to this boot and are kept.
     */
    private final List<CwmpEvent> fromEarlierRun = new ArrayList<>();
    private final List<CwmpEvent> atNextStart = new ArrayList<>();
    private final List<CwmpEvent> scheduled = new ArrayList<>();
    private final List<Long> scheduledDue = new ArrayList<>();
    private String bootstrappedUrl = "";
    private String bootId = "";
    /** Set when {@link #add} kept a change in memory only; cleared by every save. */
    private boolean unsaved;
    /** What the file holds (as last read or written by this store); null when unknown, e.g. no file yet. */
    private Content onDisk;

    /** Everything the file records; equal contents give equal files. */
    private record Content(String bootstrappedUrl, String bootId, List<CwmpEvent> pending,
            List<CwmpEvent> atNextStart, List<CwmpEvent> scheduled, List<Long> scheduledDue) {
    }

    private EventStore(Path file) {
        this.file = file;
    }

    /**
     * Loads the store from {@code file} (created on first save). A missing file means first contact
     * ever; an unreadable one is moved aside with a log line and treated the same way.
     */
    public static EventStore open(Path file) {
        EventStore store = new EventStore(file);
        store.load();
        return store;
    }

    /** A start in a new boot (a random boot id). */
    public void start(String acsUrl) {
        start(acsUrl, java.util.UUID.randomUUID().toString());
    }

    /**
     * Applies the restart rules once per boot: drops what does not survive a restart, adds 1 BOOT
     * and the events promised for this start (e.g. "M Reboot"). A second start with the same
     * {@code bootId} (the client component re-activated within one framework run, e.g. after a
     * bundle update) changes nothing. Raises 0 BOOTSTRAP when {@code acsUrl} was never successfully
     * contacted (no URL yet: decided once one is configured).
     */
    public synchronized void start(String acsUrl, String bootId) {
        if (!bootId.equals(this.bootId)) {
            this.bootId = bootId;
            pending.removeIf(e -> fromEarlierRun.contains(e) && !EventRules.keptAcrossRestart(e.code()));
            addAll(List.of(CwmpEvent.of(CwmpEvent.BOOT)));
            addAll(atNextStart);
            atNextStart.clear();
        }
        fromEarlierRun.clear();
        if (!acsUrl.isEmpty()) {
            checkAcsUrl(acsUrl);
        }
        save();
    }

    /** Raises 0 BOOTSTRAP if {@code acsUrl} differs from the URL of the last bootstrap delivery. */
    public synchronized void checkAcsUrl(String acsUrl) {
        if (!acsUrl.equals(bootstrappedUrl) && !contains(CwmpEvent.BOOTSTRAP)) {
            addAll(List.of(CwmpEvent.of(CwmpEvent.BOOTSTRAP)));
            save();
        }
    }

    /**
     * Queues events; single events already pending are not repeated. Persisted before returning,
     * except when every event is {@linkplain EventRules#onlyForThisRun only for this run} ("6
     * CONNECTION REQUEST"): a crash loses it by rule anyway, so the Connection Request thread does not
     * wait for a write and fsync; {@link #flush} writes it when the agent stops within a running boot.
     */
    public synchronized void add(Collection<CwmpEvent> events) {
        addAll(events);
        if (events.stream().allMatch(e -> EventRules.onlyForThisRun(e.code()))) {
            unsaved = true;
        } else {
            save();
        }
    }

    /**
     * Writes what {@link #add} left in memory, for a restart of the client within the same boot
     * (same boot id: the pending events are kept as they are).
     */
    public synchronized void flush() {
        if (unsaved) {
            save();
        }
    }

    /** Events to raise at the next start of the agent (after a reboot), e.g. "M Reboot"; an event already promised is not repeated. */
    public synchronized void addAtNextStart(CwmpEvent event) {
        if (!atNextStart.contains(event)) {
            atNextStart.add(event);
            save();
        }
    }

    /**
     * A ScheduleInform timer: at {@code due}, "3 SCHEDULED" and "M ScheduleInform" with the
     * CommandKey are raised. Persisted, so the timer survives a restart.
     */
    public synchronized void schedule(java.time.Instant due, String commandKey) {
        scheduled.add(new CwmpEvent("M ScheduleInform", commandKey));
        scheduledDue.add(due.toEpochMilli());
        save();
    }

    /** The earliest pending ScheduleInform time, if any. */
    public synchronized java.util.Optional<java.time.Instant> nextScheduled() {
        return scheduledDue.stream().min(Long::compare).map(java.time.Instant::ofEpochMilli);
    }

    /** Raises the events of every ScheduleInform due at {@code now}; answers whether any was due. */
    public synchronized boolean raiseScheduled(java.time.Instant now) {
        List<CwmpEvent> raised = new ArrayList<>();
        for (int i = scheduledDue.size() - 1; i >= 0; i--) {
            if (scheduledDue.get(i) <= now.toEpochMilli()) {
                raised.add(0, scheduled.remove(i));
                scheduledDue.remove(i);
            }
        }
        if (raised.isEmpty()) {
            return false;
        }
        raised.add(0, CwmpEvent.of(CwmpEvent.SCHEDULED));
        addAll(raised);
        save();
        return true;
    }

    /** Forgets everything except a BOOTSTRAP for the next contact (factory reset). */
    public synchronized void factoryReset() {
        pending.clear();
        fromEarlierRun.clear();
        atNextStart.clear();
        scheduled.clear();
        scheduledDue.clear();
        bootstrappedUrl = "";
        save();
    }

    public synchronized List<CwmpEvent> pending() {
        return List.copyOf(pending);
    }

    public synchronized boolean contains(String code) {
        return pending.stream().anyMatch(e -> e.code().equals(code));
    }

    public synchronized boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * The ACS acknowledged an Inform carrying {@code delivered} (InformResponse received): those
     * events are removed, and a delivered 0 BOOTSTRAP records {@code acsUrl} as bootstrapped.
     */
    public synchronized void delivered(Collection<CwmpEvent> delivered, String acsUrl) {
        for (CwmpEvent e : delivered) {
            pending.remove(e);
            if (e.code().equals(CwmpEvent.BOOTSTRAP)) {
                bootstrappedUrl = acsUrl;
            }
        }
        save();
    }

    /** A session failed before its InformResponse: events that must not be retried are dropped. */
    public synchronized void sessionFailed() {
        if (pending.removeIf(e -> !EventRules.retriedAfterFailedSession(e.code()))) {
            save();
        }
    }

    private void addAll(Collection<CwmpEvent> events) {
        for (CwmpEvent e : events) {
            fromEarlierRun.remove(e);
            if (EventRules.isSingle(e.code()) ? !contains(e.code()) : !pending.contains(e)) {
                pending.add(e);
            }
        }
    }

    private void load() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            if (!String.valueOf(FORMAT).equals(p.getProperty("format"))) {
                throw new IOException("unknown format " + p.getProperty("format"));
            }
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | IllegalArgumentException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
            LOG.log(Level.WARNING, "CWMP event store " + file + " unreadable (" + e.getMessage()
                    + "); moved to " + aside + ", starting as on first contact (0 BOOTSTRAP)");
            try {
                Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.log(Level.WARNING, "cannot move " + file + " aside: " + moveFailed.getMessage());
            }
            return;
        }
        bootstrappedUrl = p.getProperty("bootstrappedUrl", "");
        bootId = p.getProperty("bootId", "");
        readList(p, "event.", pending);
        fromEarlierRun.addAll(pending);
        readList(p, "nextStart.", atNextStart);
        readList(p, "scheduled.", scheduled);
        for (int i = 0; i < scheduled.size(); i++) {
            scheduledDue.add(Long.parseLong(p.getProperty("scheduled." + i + ".due")));
        }
        onDisk = content();
    }

    private static void readList(Properties p, String prefix, List<CwmpEvent> into) {
        for (int i = 0; p.getProperty(prefix + i + ".code") != null; i++) {
            into.add(new CwmpEvent(p.getProperty(prefix + i + ".code"), p.getProperty(prefix + i + ".key", "")));
        }
    }

    private Content content() {
        return new Content(bootstrappedUrl, bootId, List.copyOf(pending), List.copyOf(atNextStart),
                List.copyOf(scheduled), List.copyOf(scheduledDue));
    }

    private void save() {
        Content now = content();
        if (now.equals(onDisk)) {
            unsaved = false; // what add() kept in memory only is gone again (delivered): memory and file agree
            return;
        }
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(FORMAT));
        p.setProperty("bootstrappedUrl", bootstrappedUrl);
        p.setProperty("bootId", bootId);
        writeList(p, "event.", pending);
        writeList(p, "nextStart.", atNextStart);
        writeList(p, "scheduled.", scheduled);
        for (int i = 0; i < scheduledDue.size(); i++) {
            p.setProperty("scheduled." + i + ".due", String.valueOf(scheduledDue.get(i)));
        }
        try {
            AtomicFiles.writeProperties(file, p,
                    "homegw CWMP client state; written atomically, do not edit while running");
            unsaved = false;
            onDisk = now;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot persist CWMP events to " + file, e);
        }
    }

    private static void writeList(Properties p, String prefix, List<CwmpEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            p.setProperty(prefix + i + ".code", events.get(i).code());
            p.setProperty(prefix + i + ".key", events.get(i).commandKey());
        }
    }
}
