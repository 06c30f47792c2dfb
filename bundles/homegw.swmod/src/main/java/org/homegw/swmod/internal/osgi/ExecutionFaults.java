package org.homegw.swmod.internal.osgi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last start/stop failure of each execution unit (TR-181 ExecutionFaultCode/Message), by bundle
 * id. Kept in memory: after a restart the framework retries, so an old fault would be stale.
 */
public final class ExecutionFaults {

    /** A fault as TR-181 names it: NoFault, FailureOnStart, FailureOnStop, DependencyFailure, ... */
    public record Fault(String code, String message) {
        public static final Fault NONE = new Fault("NoFault", "");
    }

    private final Map<Long, Fault> faults = new ConcurrentHashMap<>();

    public Fault of(long bundleId) {
        return faults.getOrDefault(bundleId, Fault.NONE);
    }

    public void set(long bundleId, String code, String message) {
        faults.put(bundleId, new Fault(code, message == null ? "" : message));
    }

    public void clear(long bundleId) {
        faults.remove(bundleId);
    }
}
