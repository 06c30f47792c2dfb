package org.homegw.labacs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.DeviceIdStruct;

/**
 * The ACS requests waiting to be sent, in the order they were queued; each waits for the device
 * its key names (see {@link DeviceIds}), which need not have contacted the ACS yet. It also remembers
 * the {@value #RECENT} most recently queued ones in any state, for lookups by number. Thread-safe.
 */
final class RpcQueue {

    static final int RECENT = 10_000;

    private final List<PendingRpc> waiting = new LinkedList<>();
    /** The oldest are forgotten. */
    private final Map<Long, PendingRpc> recent = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    PendingRpc add(String deviceKey, CwmpRequest request) {
        PendingRpc p = new PendingRpc(ids.incrementAndGet(), deviceKey, request);
        synchronized (waiting) {
            waiting.add(p);
            recent.put(p.id(), p);
            if (recent.size() > RECENT) {
                recent.remove(recent.keySet().iterator().next());
            }
        }
        return p;
    }

    /** The recently queued requests, oldest first, in any state. */
    List<PendingRpc> recent() {
        synchronized (waiting) {
            return new ArrayList<>(recent.values());
        }
    }

    /** Removes and returns the oldest request for this device, or null. */
    PendingRpc take(DeviceIdStruct device) {
        synchronized (waiting) {
            Iterator<PendingRpc> it = waiting.iterator();
            while (it.hasNext()) {
                PendingRpc p = it.next();
                if (DeviceIds.matches(device, p.deviceKey())) {
                    it.remove();
                    return p;
                }
            }
            return null;
        }
    }

    /** The requests still waiting for this device. */
    List<PendingRpc> waitingFor(DeviceIdStruct device) {
        synchronized (waiting) {
            List<PendingRpc> out = new ArrayList<>();
            for (PendingRpc p : waiting) {
                if (DeviceIds.matches(device, p.deviceKey())) {
                    out.add(p);
                }
            }
            return out;
        }
    }

    /** Every request still waiting (all devices). */
    List<PendingRpc> all() {
        synchronized (waiting) {
            return new ArrayList<>(waiting);
        }
    }

    boolean cancel(PendingRpc p) {
        synchronized (waiting) {
            return waiting.remove(p);
        }
    }
}
