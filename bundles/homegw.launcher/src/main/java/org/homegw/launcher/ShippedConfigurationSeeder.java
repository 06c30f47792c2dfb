package org.homegw.launcher;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;

import org.homegw.launcher.config.ConfigAdminTarget;
import org.homegw.launcher.config.ConfigFiles;
import org.homegw.launcher.config.DeviceConfigurations;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * Applies {@code conf/config/*.cfg} to Config Admin at the right moment of a start: Config Admin
 * runs at the lowest start level, the gateway's bundles above it, so the configurations are applied
 * synchronously when the first bundle above the lowest level is starting. Components then activate
 * with the shipped settings at once, instead of activating with defaults and restarting when a
 * configuration arrives later (as FileInstall's deploy/ files do).
 */
final class ShippedConfigurationSeeder implements SynchronousBundleListener {

    private static final System.Logger LOG = System.getLogger(ShippedConfigurationSeeder.class.getName());

    private final BundleContext context;
    private final Path folder;
    private final int lowestLevel;
    private boolean done;

    ShippedConfigurationSeeder(BundleContext context, Path folder, int lowestLevel) {
        this.context = context;
        this.folder = folder;
        this.lowestLevel = lowestLevel;
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STARTING
                && event.getBundle().adapt(BundleStartLevel.class).getStartLevel() > lowestLevel) {
            seedOnce();
        }
    }

    /** Applies the files unless done already (also called after the start, for a single-level layout). */
    synchronized void seedOnce() {
        if (done) {
            return;
        }
        done = true;
        Optional<ConfigAdminTarget> cm = ConfigAdminTarget.find(context);
        if (cm.isEmpty()) {
            LOG.log(Level.WARNING, "no Config Admin service: {0} not applied", folder);
            return;
        }
        try {
            DeviceConfigurations.Outcome o = DeviceConfigurations.apply(ConfigFiles.read(folder), cm.get());
            LOG.log(Level.INFO, "shipped configurations ({0}): {1} applied, {2} unchanged, {3} deleted, {4} failed",
                    folder, o.updated(), o.unchanged(), o.deleted(), o.failed());
        } catch (IOException e) {
            LOG.log(Level.ERROR, "cannot read " + folder + ": " + e, e);
        }
    }
}
