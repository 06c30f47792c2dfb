package org.homegw.swmod.internal.change;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.homegw.cwmp.message.CwmpDateTime;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.cwmp.message.UpdateOpStruct;
import org.homegw.swmod.internal.du.BundleArchive;
import org.homegw.swmod.internal.du.UnitSource;
import org.homegw.swmod.internal.du.DuFailure;
import org.homegw.swmod.internal.du.DuRecord;
import org.homegw.swmod.internal.du.DuUuid;
import org.homegw.swmod.internal.du.UnitArchive;
import org.homegw.swmod.internal.osgi.DeploymentUnit;
import org.homegw.swmod.internal.osgi.DeploymentUnitTable;
import org.homegw.swmod.internal.osgi.ExecutionControl;
import org.homegw.swmod.internal.osgi.FrameworkWiringOps;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;

/**
 * The three ChangeDUState operations on the OSGi framework, each atomic: a failed install leaves no
 * bundle and no record behind, a failed update leaves the previous version installed (and running
 * if it was), a failed uninstall leaves the unit as it was. Each answers its OpResultStruct; a
 * {@link DuFailure} becomes the result's fault here and nowhere else.
 */
public final class DuOperations {

    private static final System.Logger LOG = System.getLogger(DuOperations.class.getName());
    /** Location prefix of bundles installed by the ACS; the rest of the location is the DU's UUID. */
    static final String LOCATION_PREFIX = KeptUnits.LOCATION_PREFIX;

    private final BundleContext context;
    private final DeploymentUnitTable table;
    private final ExecutionControl execution;
    private final FrameworkWiringOps wiring;
    private final UnitSource source;
    private final Path workDir;
    private final KeptUnits kept;
    private final Clock clock;

    public DuOperations(BundleContext context, DeploymentUnitTable table, ExecutionControl execution,
                        UnitSource source, Path workDir, UnitArchive archive, Clock clock) {
        this.context = context;
        this.table = table;
        this.execution = execution;
        this.wiring = new FrameworkWiringOps(context);
        this.source = source;
        this.workDir = workDir;
        this.kept = new KeptUnits(context, table, execution, wiring, archive);
        this.clock = clock;
    }

    /** Reinstalls the ACS-installed units a restart removed from the framework. */
    public void restore() {
        kept.restore();
    }

    public OpResultStruct install(InstallOpStruct op) {
        String start = now();
        String uuid = op.uuid() == null ? "" : op.uuid();
        try {
            checkExecEnv(op.executionEnvRef());
            if (!uuid.isEmpty()) {
                if (!DuUuid.isValid(uuid)) {
                    throw new DuFailure(DuFailure.INVALID_UUID, "invalid UUID format: " + uuid);
                }
                if (table.byUuid(uuid).isPresent()) {
                    throw new DuFailure(DuFailure.DUPLICATE_DU, "a deployment unit with UUID " + uuid + " exists");
                }
            }
            Path file = source.obtain(op.url(), op.username(), op.password(), workDir);
            try {
                return installFile(file, op.url(), uuid, start);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (DuFailure f) {
            LOG.log(Level.INFO, "Install from " + op.url() + " failed: " + f.getMessage());
            return failed(uuid, start, f);
        } catch (IOException e) {
            return failed(uuid, start, new DuFailure(DuFailure.REQUEST_DENIED, "work file: " + e.getMessage(), e));
        }
    }

    private OpResultStruct installFile(Path file, String url, String givenUuid, String start) throws DuFailure, IOException {
        BundleArchive bundleFile = BundleArchive.inspect(file);
        if (table.installedBundle(bundleFile.symbolicName()).isPresent()) {
            throw new DuFailure(DuFailure.DUPLICATE_DU, "deployment unit " + bundleFile.symbolicName() + " is already installed");
        }
        if (table.isCore(bundleFile.symbolicName())) {
            throw new DuFailure(DuFailure.REQUEST_DENIED, bundleFile.symbolicName() + " is a core bundle name");
        }
        String uuid = givenUuid.isEmpty() ? DuUuid.of(bundleFile.vendor(), bundleFile.symbolicName()) : givenUuid;
        if (table.byUuid(uuid).isPresent()) {
            throw new DuFailure(DuFailure.DUPLICATE_DU, "a deployment unit with UUID " + uuid + " exists");
        }
        String location = LOCATION_PREFIX + uuid;
        table.hold(location);
        Bundle bundle = null;
        DuRecord record = null;
        try {
            record = table.registry().allocate(location, uuid, url, CwmpDateTime.of(clock.instant()),
                    bundleFile.version().toString());
            kept.keep(record, file);
            try (InputStream in = Files.newInputStream(file)) {
                bundle = context.installBundle(location, in);
            } catch (BundleException e) {
                int code = e.getType() == BundleException.DUPLICATE_BUNDLE_ERROR ? DuFailure.DUPLICATE_DU : DuFailure.FILE_CORRUPTED;
                throw new DuFailure(code, "framework refused the bundle: " + e.getMessage(), e);
            }
            if (wiring.resolve(bundle)) {
                execution.start(bundle);
            } else {
                execution.faults().set(bundle.getBundleId(), "DependencyFailure", "unresolved requirements");
            }
            return installed(new DeploymentUnit(table.recordFor(bundle), bundle), start);
        } catch (DuFailure | RuntimeException e) {
            // bundle first, record second: a reader in between must not see a bundle without its record
            if (bundle != null) {
                uninstallQuietly(bundle);
            }
            if (record != null) {
                kept.forget(record);
            }
            throw e instanceof DuFailure f ? f : new DuFailure(DuFailure.REQUEST_DENIED, "install failed: " + e, e);
        } finally {
            table.release(location);
        }
    }

    public OpResultStruct update(UpdateOpStruct op) {
        String start = now();
        String uuid = op.uuid() == null ? "" : op.uuid();
        String url = op.url() == null ? "" : op.url();
        DeploymentUnit unit = null;
        try {
            unit = findForUpdate(uuid, url);
            if (op.version() != null && !op.version().isEmpty() && !op.version().equals(unit.version())) {
                throw new DuFailure(DuFailure.UNKNOWN_DU, "deployment unit " + unit.name() + " has no version " + op.version());
            }
            String from = url.isEmpty() ? unit.record().url() : url;
            if (from.isEmpty()) {
                throw new DuFailure(DuFailure.INVALID_ARGUMENTS, "no URL given and none known for " + unit.name());
            }
            Path file = source.obtain(from, op.username(), op.password(), workDir);
            try {
                return updateFrom(unit, file, from, start);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (DuFailure f) {
            LOG.log(Level.INFO, "Update of " + (uuid.isEmpty() ? url : uuid) + " failed: " + f.getMessage());
            return unit == null ? failed(uuid, start, f) : unchanged(unit, start, f);
        } catch (IOException e) {
            DuFailure f = new DuFailure(DuFailure.REQUEST_DENIED, "work file: " + e.getMessage(), e);
            return unit == null ? failed(uuid, start, f) : unchanged(unit, start, f);
        }
    }

    private DeploymentUnit findForUpdate(String uuid, String url) throws DuFailure {
        if (!uuid.isEmpty()) {
            return findByUuid(uuid);
        }
        if (url.isEmpty()) {
            // TR-069 would update every DU from its own URL; refused here as too broad for one request
            throw new DuFailure(DuFailure.INVALID_ARGUMENTS, "Update needs a UUID or a URL");
        }
        return table.byUrl(url).orElseThrow(() -> new DuFailure(DuFailure.UNKNOWN_DU, "no deployment unit from " + url));
    }

    private OpResultStruct updateFrom(DeploymentUnit unit, Path file, String url, String start) throws DuFailure, IOException {
        BundleArchive bundleFile = BundleArchive.inspect(file);
        if (!bundleFile.symbolicName().equals(unit.name())) {
            throw new DuFailure(DuFailure.REQUEST_DENIED, "file holds " + bundleFile.symbolicName() + ", not " + unit.name());
        }
        if (!bundleFile.versionDeclared()) {
            throw new DuFailure(DuFailure.VERSION_NOT_SPECIFIED, "the new file declares no Bundle-Version");
        }
        int cmp = bundleFile.version().compareTo(unit.bundle().getVersion());
        if (cmp < 0) {
            throw new DuFailure(DuFailure.DOWNGRADE, "version " + bundleFile.version() + " is older than " + unit.version());
        }
        if (cmp == 0) {
            throw new DuFailure(DuFailure.VERSION_EXISTS, "version " + bundleFile.version() + " is already installed");
        }
        Bundle bundle = unit.bundle();
        Version oldVersion = bundle.getVersion();
        boolean wasActive = (bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0;
        Path previous = Files.createTempFile(workDir, "du-previous-", ".jar");
        table.hold(bundle.getLocation());
        try {
            FrameworkWiringOps.snapshot(bundle, previous);
            replaceContent(bundle, file, bundleFile.version());
            if (!wiring.resolve(bundle)) {
                // the new revision cannot be wired: put the previous one back so the old version keeps running
                replaceContent(bundle, previous, oldVersion);
                wiring.resolve(bundle);
                if (wasActive) {
                    execution.start(bundle);
                }
                throw new DuFailure(DuFailure.REQUEST_DENIED,
                        "version " + bundleFile.version() + " has unresolved requirements; version " + unit.version() + " kept");
            }
            if (wasActive) {
                execution.start(bundle);
            }
            DuRecord record = unit.record().withUrl(url).withVersion(bundle.getVersion().toString());
            table.registry().replace(record);
            kept.keep(record, file);
            return installed(new DeploymentUnit(record, bundle), start);
        } finally {
            table.release(bundle.getLocation());
            Files.deleteIfExists(previous);
        }
    }

    /**
     * Puts new content in place. bundle.update keeps the old revision when the content is refused; it
     * also throws when only the restart of an active bundle failed, and then the new revision is in
     * place (its version tells). The refresh retires the old revision.
     */
    private void replaceContent(Bundle bundle, Path content, Version expected) throws DuFailure, IOException {
        try (InputStream in = Files.newInputStream(content)) {
            bundle.update(in);
        } catch (BundleException e) {
            if (!bundle.getVersion().equals(expected)) {
                throw new DuFailure(DuFailure.FILE_CORRUPTED, "framework refused the new version: " + e.getMessage(), e);
            }
        }
        wiring.refresh(bundle);
    }

    public OpResultStruct uninstall(UninstallOpStruct op) {
        String start = now();
        DeploymentUnit unit = null;
        try {
            checkExecEnv(op.executionEnvRef());
            unit = findByUuid(op.uuid());
            if (op.version() != null && !op.version().isEmpty() && !op.version().equals(unit.version())) {
                DeploymentUnit found = unit;
                unit = null;
                throw new DuFailure(DuFailure.UNKNOWN_DU, "deployment unit " + found.name() + " has no version " + op.version());
            }
            Bundle bundle = unit.bundle();
            table.hold(bundle.getLocation());
            try {
                bundle.uninstall();
                wiring.refresh(bundle);
                kept.forget(unit.record());
                execution.faults().clear(bundle.getBundleId());
            } catch (BundleException | IllegalStateException e) {
                throw new DuFailure(DuFailure.INVALID_DU_STATE, "cannot uninstall " + unit.name() + ": " + e.getMessage(), e);
            } finally {
                table.release(bundle.getLocation());
            }
            return new OpResultStruct(unit.record().uuid(), "", unit.version(), "Uninstalled", false, "",
                    start, now(), FaultStruct.NONE);
        } catch (DuFailure f) {
            LOG.log(Level.INFO, "Uninstall of " + op.uuid() + " failed: " + f.getMessage());
            return unit == null ? failed(op.uuid(), start, f) : unchanged(unit, start, f);
        }
    }

    private DeploymentUnit findByUuid(String uuid) throws DuFailure {
        if (!DuUuid.isValid(uuid)) {
            throw new DuFailure(DuFailure.INVALID_UUID, "invalid UUID format: " + uuid);
        }
        Optional<DeploymentUnit> unit = table.byUuid(uuid);
        if (unit.isPresent()) {
            return unit.get();
        }
        if (table.coreBundleByUuid(uuid).isPresent()) {
            throw new DuFailure(DuFailure.REQUEST_DENIED, "deployment unit " + uuid + " is part of the gateway core");
        }
        throw new DuFailure(DuFailure.UNKNOWN_DU, "no deployment unit with UUID " + uuid);
    }

    private static void checkExecEnv(String ref) throws DuFailure {
        if (ref == null || ref.isEmpty()) {
            return;
        }
        String r = ref.endsWith(".") ? ref.substring(0, ref.length() - 1) : ref;
        if (!r.equals(DeploymentUnit.EXEC_ENV)) {
            throw new DuFailure(DuFailure.UNKNOWN_EXECUTION_ENV, "unknown execution environment " + ref);
        }
    }

    private OpResultStruct installed(DeploymentUnit unit, String start) {
        return new OpResultStruct(unit.record().uuid(), unit.duRef(), unit.version(), "Installed", unit.resolved(),
                unit.euRef(), start, now(), FaultStruct.NONE);
    }

    /**
     * The result an Install from {@code url} reports when a unit installed from that URL is there:
     * for an Install that had taken effect before a restart cut it short.
     */
    public Optional<OpResultStruct> installedFrom(String url, String start) {
        return table.byUrl(url).map(unit -> installed(unit, start));
    }

    /** An operation that failed on an existing unit: it is still installed as it was. */
    private OpResultStruct unchanged(DeploymentUnit unit, String start, DuFailure f) {
        return new OpResultStruct(unit.record().uuid(), unit.duRef(), unit.version(), "Installed", unit.resolved(),
                unit.euRef(), start, now(), fault(f));
    }

    private OpResultStruct failed(String uuid, String start, DuFailure f) {
        return new OpResultStruct(uuid == null ? "" : uuid, "", "", "Failed", false, "", start, now(),
                fault(f));
    }

    /** FaultString is string(256) in the schema. */
    private static FaultStruct fault(DuFailure f) {
        String m = f.getMessage() == null ? "" : f.getMessage();
        return new FaultStruct(f.code(), m.length() > 256 ? m.substring(0, 256) : m);
    }

    private String now() {
        return CwmpDateTime.of(clock.instant());
    }

    private static void uninstallQuietly(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            LOG.log(Level.WARNING, "could not remove bundle of a failed install: " + e.getMessage());
        }
    }
}
