package org.homegw.swmod.testbundle;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Packed into test bundles whose execution unit cannot start. */
public final class FailingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("vendor service misconfigured");
    }

    @Override
    public void stop(BundleContext context) {
        // never started
    }
}
