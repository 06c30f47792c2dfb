package org.homegw.datamodel.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each key of a table's rows (a MAC address, an IP address) an instance number that stays the
 * same while the key is present and is never handed to another key while the gateway runs, as
 * TR-069 asks of instance numbers. Thread-safe.
 *
 * @param <K> the rows' key
 */
public final class InstanceNumbers<K> {

    private final Map<K, Long> numbers = new HashMap<>();
    private long next = 1;

    /** Numbers of the present keys, in the keys' order; keys seen before keep theirs. */
    public synchronized List<Long> assign(Collection<K> present) {
        List<Long> out = new ArrayList<>(present.size());
        for (K key : present) {
            out.add(numbers.computeIfAbsent(key, k -> next++));
        }
        return out;
    }
}
