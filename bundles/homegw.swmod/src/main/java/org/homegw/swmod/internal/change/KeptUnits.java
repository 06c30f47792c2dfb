package org.homegw.swmod.internal.change;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.homegw.swmod.internal.du.DuFailure;
import org.homegw.swmod.internal.du.DuRecord;
import org.homegw.swmod.internal.du.UnitArchive;
import org.homegw.swmod.internal.osgi.DeploymentUnitTable;
import org.homegw.swmod.internal.osgi.ExecutionControl;
import org.homegw.swmod.internal.osgi.FrameworkWiringOps;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * The ACS-installed units as the state directory keeps them: the launcher cleans the framework cache
 * at every start, so their jars are kept here and reinstalled, with their numbers and run state,
 * when the service starts. Units from deploy/ are reinstalled by FileInstall and are not kept.
 */
final class KeptUnits {

    private static final System.Logger LOG = System.getLogger(KeptUnits.class.getName());
    /** Location prefix of bundles installed by the ACS; the rest of the location is the DU's UUID. */
    static final String LOCATION_PREFIX = "homegw-swmod:";

    private final BundleContext context;
    private final DeploymentUnitTable table;
    private final ExecutionControl execution;
    private final FrameworkWiringOps wiring;
    private final UnitArchive archive;

    KeptUnits(BundleContext context, DeploymentUnitTable table, ExecutionControl execution, FrameworkWiringOps wiring,
              UnitArchive archive) {
        this.context = context;
        this.table = table;
        this.execution = execution;
        this.wiring = wiring;
        this.archive = archive;
    }

    /** ACS-installed units are reinstalled from the state directory after a restart (see {@link #restore}). */
    void keep(DuRecord record, Path file) throws DuFailure {
        if (!record.location().startsWith(LOCATION_PREFIX)) {
            return;
        }
        try {
            archive.store(record.duNumber(), file);
        } catch (IOException e) {
            throw new DuFailure(DuFailure.RESOURCES_EXCEEDED, "cannot keep the unit in the state directory: " + e.getMessage(), e);
        }
    }

    void forget(DuRecord record) {
        table.registry().remove(record.location());
        try {
            archive.delete(record.duNumber());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the kept jar of DeploymentUnit " + record.duNumber() + ": " + e);
        }
    }

    /**
     * Reinstalls the ACS-installed units missing from the framework (its cache is cleaned at every
     * start) from their kept jars, keeping their numbers, and starts those that should run.
     */
    void restore() {
        for (DuRecord r : table.registry().all()) {
            if (!r.location().startsWith(LOCATION_PREFIX) || context.getBundle(r.location()) != null) {
                continue;
            }
            Optional<Path> jar = archive.find(r.duNumber());
            if (jar.isEmpty()) {
                LOG.log(Level.ERROR, "DeploymentUnit " + r.duNumber() + " (" + r.uuid() + ") has no kept jar; forgotten");
                table.registry().remove(r.location());
                continue;
            }
            table.hold(r.location());
            try (InputStream in = Files.newInputStream(jar.get())) {
                Bundle b = context.installBundle(r.location(), in);
                if (wiring.resolve(b) && r.runsAtStart()) {
                    execution.start(b);
                }
            } catch (IOException | BundleException | RuntimeException e) {
                LOG.log(Level.ERROR, "could not reinstall DeploymentUnit " + r.duNumber() + " (" + r.uuid() + "): " + e);
            } finally {
                table.release(r.location());
            }
        }
    }
}
