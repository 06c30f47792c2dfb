package org.homegw.swmod.internal.osgi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.homegw.cwmp.message.CwmpDateTime;
import org.homegw.swmod.internal.du.DuRecord;
import org.homegw.swmod.internal.du.DuRegistry;
import org.homegw.swmod.internal.du.DuUuid;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The deployment units of ExecEnv.1: every installed bundle except the system bundle and the core
 * bundles (symbolic names matching the configured pattern: the agent itself and the framework
 * services it runs on), joined to their persisted numbering. A bundle seen for the first time (e.g.
 * dropped into deploy/) gets numbers at once. Locations {@linkplain #hold held} by an ACS operation
 * are not reported as autonomous changes.
 */
public final class DeploymentUnitTable {

    private final BundleContext context;
    private final DuRegistry registry;
    private final Pattern coreBundles;
    private final Clock clock;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public DeploymentUnitTable(BundleContext context, DuRegistry registry, Pattern coreBundles, Clock clock) {
        this.context = context;
        this.registry = registry;
        this.coreBundles = coreBundles;
        this.clock = clock;
    }

    public DuRegistry registry() {
        return registry;
    }

    /** A bundle the ACS may manage: not the framework, not a core bundle. */
    public boolean manageable(Bundle b) {
        return b.getBundleId() != 0 && b.getSymbolicName() != null && !isCore(b.getSymbolicName());
    }

    public boolean isCore(String symbolicName) {
        return coreBundles.matcher(symbolicName).matches();
    }

    /** Marks a location as being changed by an ACS operation: not reported as autonomous. */
    public void hold(String location) {
        held.add(location);
    }

    public void release(String location) {
        held.remove(location);
    }

    public boolean isHeld(String location) {
        return held.contains(location);
    }

    /** Every deployment unit (every manageable installed bundle), ascending by DeploymentUnit number. */
    public synchronized List<DeploymentUnit> units() {
        List<DeploymentUnit> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getState() != Bundle.UNINSTALLED && manageable(b)) {
                out.add(new DeploymentUnit(recordFor(b), b));
            }
        }
        out.sort(Comparator.comparingLong(u -> u.record().duNumber()));
        return out;
    }

    /** The record of a manageable bundle, allocated (with its v5 UUID) when it has none yet. */
    public synchronized DuRecord recordFor(Bundle b) {
        return registry.byLocation(b.getLocation()).orElseGet(() -> registry.allocate(b.getLocation(),
                DuUuid.of(DeploymentUnit.header(b, "Bundle-Vendor"), b.getSymbolicName()), "",
                CwmpDateTime.of(clock.instant()), b.getVersion().toString()));
    }

    public Optional<DeploymentUnit> byDuNumber(long n) {
        return units().stream().filter(u -> u.record().duNumber() == n).findFirst();
    }

    public Optional<DeploymentUnit> byEuNumber(long n) {
        return units().stream().filter(u -> u.record().euNumber() == n).findFirst();
    }

    public Optional<DeploymentUnit> byUuid(String uuid) {
        return units().stream().filter(u -> u.record().uuid().equalsIgnoreCase(uuid)).findFirst();
    }

    public Optional<DeploymentUnit> byUrl(String url) {
        return units().stream().filter(u -> u.record().url().equals(url)).findFirst();
    }

    public Optional<DeploymentUnit> bySymbolicName(String name) {
        return units().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** A core bundle whose computed UUID is {@code uuid}: the ACS may see it but not change it. */
    public Optional<Bundle> coreBundleByUuid(String uuid) {
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() != null && !manageable(b)
                    && DuUuid.of(DeploymentUnit.header(b, "Bundle-Vendor"), b.getSymbolicName()).equalsIgnoreCase(uuid)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Any installed bundle with this symbolic name, core or not. */
    public Optional<Bundle> installedBundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
