package org.homegw.cwmp.client.internal.rpc;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;

/**
 * What one session has told the ACS about the tree: every object and parameter name a
 * GetParameterNames listed and every value a GetParameterValues reported, so that an object instance
 * that vanishes mid-session (a LAN host leaving, a Wi-Fi station roaming) stays addressable until the
 * session ends (issue 4: no 9005 between a GetParameterNames and the GetParameterValues after it).
 *
 * <p>Semantics (TR-069 does not say what to answer; these are ours):
 * <ul>
 * <li>Only a name that no longer exists falls back here; a name that exists is always read live.</li>
 * <li>A vanished parameter reads as the last value reported in this session, with its type; one that
 * was only listed by name reads as "" with type {@code string} (its definition's type can no longer be
 * read through the data model once the instance is gone).</li>
 * <li>A vanished object path stands for the remembered names below it, in the order they were reported.</li>
 * <li>DeleteObject by the ACS itself forgets the instance: what the ACS deleted is 9005 again.</li>
 * <li>SetParameterValues, attributes, AddObject and DeleteObject never fall back: writing to something
 * that is gone cannot be honoured.</li>
 * </ul>
 *
 * <p>Bounded: at most {@code maxEntries} names and {@code maxChars} characters of paths and values;
 * beyond that the oldest entries are forgotten first, and a value longer than a sixteenth of
 * {@code maxChars} is remembered by name only. Lives as long as its session (not thread-safe:
 * used on the session thread only).
 */
public final class SessionListing {

    /** Defaults: room for a whole Device:2 tree of a big gateway, about 4 MB at most. */
    public static final int DEFAULT_MAX_ENTRIES = 16_384;
    public static final long DEFAULT_MAX_CHARS = 2L << 20;

    /** A remembered name: value/type null when only listed, writable null when only read. */
    private record Entry(String value, String type, Boolean writable) {
        long chars() {
            return value == null ? 0 : value.length();
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final int maxEntries;
    private final long maxChars;
    private long chars;

    public SessionListing() {
        this(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_CHARS);
    }

    public SessionListing(int maxEntries, long maxChars) {
        this.maxEntries = maxEntries;
        this.maxChars = maxChars;
    }

    /** A value reported to the ACS (GetParameterValuesResponse) or set by it. */
    public void reported(ParameterValue v) {
        Entry old = entries.get(v.path());
        put(v.path(), new Entry(v.value(), v.type(), old == null ? null : old.writable()));
    }

    /** A name listed to the ACS (GetParameterNamesResponse). */
    public void listed(ParameterInfo info) {
        Entry old = entries.get(info.path());
        put(info.path(), old == null ? new Entry(null, null, info.writable())
                : new Entry(old.value(), old.type(), info.writable()));
    }

    /** The ACS deleted this instance: it is gone for the ACS too. */
    public void forget(String objectPath) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Entry> e = it.next();
            if (e.getKey().startsWith(objectPath)) {
                chars -= e.getKey().length() + e.getValue().chars();
                it.remove();
            }
        }
    }

    /**
     * The values a vanished path stands for: the parameter itself, or every parameter remembered
     * below an object path. Empty when nothing about the path was reported in this session.
     */
    public Optional<List<ParameterValue>> values(String path) {
        List<ParameterValue> out = new ArrayList<>();
        boolean known = false;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            String name = e.getKey();
            if (path.endsWith(".") ? name.startsWith(path) : name.equals(path)) {
                known = true;
                if (!name.endsWith(".")) {
                    Entry v = e.getValue();
                    out.add(new ParameterValue(name, v.value() == null ? "" : v.value(),
                            v.type() == null ? "string" : v.type()));
                }
            }
        }
        return known ? Optional.of(out) : Optional.empty();
    }

    /**
     * The names a vanished path stands for in a GetParameterNames answer: NextLevel false gives the
     * path and everything below it, true only its direct children. Names only read (never listed) are
     * answered as not writable.
     */
    public Optional<List<ParameterInfo>> names(String path, boolean nextLevel) {
        List<ParameterInfo> out = new ArrayList<>();
        boolean known = false;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            String name = e.getKey();
            boolean self = name.equals(path);
            if (!self && !(path.endsWith(".") && name.startsWith(path))) {
                continue;
            }
            known = true;
            if (nextLevel ? !self && isChild(path, name) : true) {
                out.add(new ParameterInfo(name, Boolean.TRUE.equals(e.getValue().writable())));
            }
        }
        return known ? Optional.of(out) : Optional.empty();
    }

    /** Names remembered right now (for tests and the log). */
    public int size() {
        return entries.size();
    }

    private static boolean isChild(String object, String name) {
        String rest = name.substring(object.length());
        int dot = rest.indexOf('.');
        return dot < 0 || dot == rest.length() - 1;
    }

    private void put(String path, Entry entry) {
        Entry old = entries.remove(path);
        if (old != null) {
            chars -= path.length() + old.chars();
        }
        long size = path.length() + entry.chars();
        if (size > maxChars / 16) {
            // one huge value must not push out everything else: remember the name only
            entry = new Entry(null, null, entry.writable());
            size = path.length();
        }
        entries.put(path, entry);
        chars += size;
        if (entries.size() <= maxEntries && chars <= maxChars) {
            return; // the common case, once per value of a GetParameterValues: no iterator
        }
        Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || chars > maxChars) && oldest.hasNext()) {
            Map.Entry<String, Entry> e = oldest.next();
            chars -= e.getKey().length() + e.getValue().chars();
            oldest.remove();
        }
    }
}
