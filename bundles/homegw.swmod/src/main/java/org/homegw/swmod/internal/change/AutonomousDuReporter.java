package org.homegw.swmod.internal.change;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.AutonOpResultStruct;
import org.homegw.cwmp.message.AutonomousDUStateChangeComplete;
import org.homegw.cwmp.message.CwmpDateTime;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.swmod.internal.du.DuRecord;
import org.homegw.swmod.internal.osgi.DeploymentUnit;
import org.homegw.swmod.internal.osgi.DeploymentUnitTable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Reports deployment units installed, updated or removed without the ACS (deploy/ folder, shell) as
 * AutonomousDUStateChangeComplete with "12 AUTONOMOUS DU STATE CHANGE COMPLETE". Synchronous, so it
 * sees each change on the thread that made it and can tell ACS operations (their locations are held
 * by {@link DuOperations}) from local ones. The CWMP client applies DUStateChangeComplPolicy.
 */
public final class AutonomousDuReporter implements SynchronousBundleListener {

    private static final System.Logger LOG = System.getLogger(AutonomousDuReporter.class.getName());

    private final DeploymentUnitTable table;
    private final CpeRequestQueue queue;
    private final Clock clock;

    public AutonomousDuReporter(DeploymentUnitTable table, CpeRequestQueue queue, Clock clock) {
        this.table = table;
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle b = event.getBundle();
        if (table.isHeld(b.getLocation()) || !table.manageable(b)) {
            return;
        }
        try {
            switch (event.getType()) {
                case BundleEvent.INSTALLED -> installed(b);
                case BundleEvent.UPDATED -> updated(b);
                case BundleEvent.UNINSTALLED -> uninstalled(b);
                default -> {
                    // starts and stops are not deployment-unit state changes
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "could not report autonomous change of " + b.getSymbolicName(), e);
        }
    }

    /**
     * A new unit is an Install. A known location is a bundle installed again after a restart (the
     * framework cache is cleaned at every start; deploy/ reinstalls its bundles): no change, unless it
     * came back in another version.
     */
    private void installed(Bundle b) {
        Optional<DuRecord> known = table.registry().byLocation(b.getLocation());
        DuRecord record = table.recordFor(b);
        if (known.isEmpty()) {
            report(result(b, record), "Install");
        } else if (!known.get().version().equals(b.getVersion().toString())) {
            updated(b);
        }
    }

    private void updated(Bundle b) {
        DuRecord record = table.recordFor(b).withVersion(b.getVersion().toString());
        table.registry().replace(record);
        report(result(b, record), "Update");
    }

    private void uninstalled(Bundle b) {
        Optional<DuRecord> record = table.registry().byLocation(b.getLocation());
        if (record.isEmpty()) {
            return;
        }
        table.registry().remove(b.getLocation());
        String now = now();
        report(new OpResultStruct(record.get().uuid(), "", b.getVersion().toString(), "Uninstalled", false, "",
                now, now, FaultStruct.NONE), "Uninstall");
    }

    private OpResultStruct result(Bundle b, DuRecord record) {
        DeploymentUnit unit = new DeploymentUnit(record, b);
        String now = now();
        // a locally installed bundle is only INSTALLED when the event fires; Resolved says what is known now
        return new OpResultStruct(record.uuid(), unit.duRef(), unit.version(), "Installed", unit.resolved(),
                unit.euRef(), now, now, FaultStruct.NONE);
    }

    private void report(OpResultStruct result, String operation) {
        queue.queue(new AutonomousDUStateChangeComplete(List.of(new AutonOpResultStruct(result, operation))),
                CwmpEvent.of(CwmpEvent.AUTONOMOUS_DU_STATE_CHANGE_COMPLETE));
    }

    private String now() {
        return CwmpDateTime.of(clock.instant());
    }
}
