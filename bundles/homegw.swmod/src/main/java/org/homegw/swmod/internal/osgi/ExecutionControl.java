package org.homegw.swmod.internal.osgi;

import java.lang.System.Logger.Level;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Starts and stops execution units (the running part of a bundle), recording failures as TR-181
 * execution faults. Start and stop are persistent, so what the ACS asked for survives a restart.
 */
public final class ExecutionControl {

    private static final System.Logger LOG = System.getLogger(ExecutionControl.class.getName());

    private final ExecutionFaults faults;

    public ExecutionControl(ExecutionFaults faults) {
        this.faults = faults;
    }

    public ExecutionFaults faults() {
        return faults;
    }

    /** Starts the bundle; answers false (and records why) when it cannot run. */
    public boolean start(Bundle b) {
        try {
            b.start();
            faults.clear(b.getBundleId());
            return true;
        } catch (BundleException e) {
            String code = e.getType() == BundleException.RESOLVE_ERROR ? "DependencyFailure" : "FailureOnStart";
            faults.set(b.getBundleId(), code, message(e));
            LOG.log(Level.WARNING, "execution unit " + b.getSymbolicName() + " did not start: " + message(e));
            return false;
        } catch (IllegalStateException e) {
            faults.set(b.getBundleId(), "FailureOnStart", "bundle is uninstalled");
            return false;
        }
    }

    public boolean stop(Bundle b) {
        try {
            b.stop();
            faults.clear(b.getBundleId());
            return true;
        } catch (BundleException e) {
            faults.set(b.getBundleId(), "FailureOnStop", message(e));
            LOG.log(Level.WARNING, "execution unit " + b.getSymbolicName() + " did not stop cleanly: " + message(e));
            return false;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** TR-181 ExecutionUnit.Status of a bundle. */
    public static String status(Bundle b) {
        return switch (b.getState()) {
            case Bundle.STARTING -> "Starting";
            case Bundle.ACTIVE -> "Active";
            case Bundle.STOPPING -> "Stopping";
            default -> "Idle";
        };
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        if (e.getCause() != null && e.getCause() != e) {
            m = m + ": " + e.getCause().getMessage();
        }
        return m == null ? e.getClass().getSimpleName() : (m.length() > 256 ? m.substring(0, 256) : m);
    }
}
