package org.homegw.labacs.fault;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The programmed faults, matched in the order they were added; a rule with a count is used up
 * after that many matches. Thread-safe.
 */
public final class FaultInjector {

    private static final System.Logger LOG = System.getLogger(FaultInjector.class.getName());

    private final Map<Long, Entry> rules = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    private static final class Entry {
        final FaultRule rule;
        int remaining;

        Entry(FaultRule rule) {
            this.rule = rule;
            this.remaining = rule.times();
        }
    }

    /** Adds a rule; returns its id for {@link #remove(long)}. */
    public long add(FaultRule rule) {
        long id = ids.incrementAndGet();
        synchronized (rules) {
            rules.put(id, new Entry(rule));
        }
        LOG.log(System.Logger.Level.INFO, "fault rule {0} added: {1}", String.valueOf(id), rule);
        return id;
    }

    public boolean remove(long id) {
        synchronized (rules) {
            return rules.remove(id) != null;
        }
    }

    public void clear() {
        synchronized (rules) {
            rules.clear();
        }
    }

    /** The rules still active, by id. */
    public Map<Long, FaultRule> active() {
        synchronized (rules) {
            Map<Long, FaultRule> copy = new LinkedHashMap<>();
            rules.forEach((id, e) -> copy.put(id, e.rule));
            return copy;
        }
    }

    /**
     * Takes the first rule matching this POST, counting one use of it.
     *
     * @param isDevice tells whether a rule's device name denotes the device of this POST
     *                 (unknown device: only device-less rules match)
     */
    public Optional<FaultAction> take(Predicate<String> isDevice, boolean carriesInform, boolean empty) {
        synchronized (rules) {
            Iterator<Entry> it = rules.values().iterator();
            while (it.hasNext()) {
                Entry e = it.next();
                FaultRule r = e.rule;
                if ((r.device() == null || isDevice.test(r.device())) && r.stage().matches(carriesInform, empty)) {
                    if (e.remaining != FaultRule.UNLIMITED && --e.remaining == 0) {
                        it.remove();
                    }
                    return Optional.of(r.action());
                }
            }
            return Optional.empty();
        }
    }

    /** Ids of the rules, for listings. */
    public List<Long> ids() {
        synchronized (rules) {
            return new ArrayList<>(rules.keySet());
        }
    }
}
