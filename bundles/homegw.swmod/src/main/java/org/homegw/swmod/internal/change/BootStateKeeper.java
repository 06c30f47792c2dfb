package org.homegw.swmod.internal.change;

import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.homegw.swmod.internal.du.DuRecord;
import org.homegw.swmod.internal.osgi.DeploymentUnitTable;
import org.homegw.swmod.internal.osgi.ExecutionControl;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Keeps a unit of the deploy/ folder Idle across a restart when its ExecutionUnit was last asked to
 * be Idle or has AutoStart false. The launcher cleans the framework cache at every start, so the
 * framework forgets the persistent stop, and the folder's installer installs and starts the bundle
 * again: this stops it right after that first start (persistently, which the installer respects
 * until the file changes). The unit runs for the moment between the two. ACS-installed units need
 * none of this: {@link KeptUnits} only starts those that should run.
 */
public final class BootStateKeeper implements SynchronousBundleListener {

    private static final System.Logger LOG = System.getLogger(BootStateKeeper.class.getName());

    private final DeploymentUnitTable table;
    private final ExecutionControl execution;
    private final Executor executor;
    /** Locations installed again in this run whose first start is to be undone. */
    private final Set<String> reinstalled = ConcurrentHashMap.newKeySet();

    public BootStateKeeper(DeploymentUnitTable table, ExecutionControl execution, Executor executor) {
        this.table = table;
        this.execution = execution;
        this.executor = executor;
    }

    /** The units installed before this service started: stops those running against their record. */
    public void enforce(BundleContext context) {
        for (Bundle b : context.getBundles()) {
            if (keepIdle(b).isEmpty()) {
                continue;
            }
            if ((b.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                stop(b);
            } else {
                reinstalled.add(b.getLocation());
            }
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle b = event.getBundle();
        switch (event.getType()) {
            case BundleEvent.INSTALLED -> keepIdle(b).ifPresent(r -> reinstalled.add(b.getLocation()));
            case BundleEvent.STARTED -> {
                if (reinstalled.remove(b.getLocation())) {
                    stop(b);
                }
            }
            case BundleEvent.UNINSTALLED -> reinstalled.remove(b.getLocation());
            default -> {
                // nothing to keep
            }
        }
    }

    /** The record of a known deploy/ unit that should not run after a restart. */
    private Optional<DuRecord> keepIdle(Bundle b) {
        if (b.getLocation().startsWith(KeptUnits.LOCATION_PREFIX) || table.isHeld(b.getLocation()) || !table.manageable(b)) {
            return Optional.empty();
        }
        return table.registry().byLocation(b.getLocation()).filter(r -> !r.runsAtStart());
    }

    private void stop(Bundle b) {
        try {
            executor.execute(() -> {
                LOG.log(Level.INFO, "execution unit " + b.getSymbolicName() + " kept Idle after the restart"
                        + " (RequestedState Idle or AutoStart false)");
                execution.stop(b);
            });
        } catch (RejectedExecutionException e) {
            // the service is stopping
        }
    }
}
