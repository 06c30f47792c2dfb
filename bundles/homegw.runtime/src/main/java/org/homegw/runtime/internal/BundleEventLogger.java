package org.homegw.runtime.internal;

import java.lang.System.Logger.Level;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Logs every bundle install, start, stop, update and uninstall at INFO, so hot deployment through
 * {@code deploy/} can be followed in the gateway log.
 */
@Component(immediate = true, service = {})
public final class BundleEventLogger implements BundleListener {

    private static final System.Logger LOG = System.getLogger(BundleEventLogger.class.getName());

    private final BundleContext context;

    @Activate
    public BundleEventLogger(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        String what = describe(event.getType());
        if (what != null) {
            Bundle b = event.getBundle();
            LOG.log(Level.INFO, "bundle {0} {1} [{2}] {3}", b.getSymbolicName(), b.getVersion(), b.getBundleId(), what);
        }
    }

    /** The events worth a line; the transitional ones (STARTING, STOPPING, RESOLVED...) are not. */
    static String describe(int type) {
        return switch (type) {
            case BundleEvent.INSTALLED -> "INSTALLED";
            case BundleEvent.STARTED -> "STARTED";
            case BundleEvent.STOPPED -> "STOPPED";
            case BundleEvent.UPDATED -> "UPDATED";
            case BundleEvent.UNINSTALLED -> "UNINSTALLED";
            default -> null;
        };
    }
}
