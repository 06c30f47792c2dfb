package org.homegw.distribution.testbundle;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.slf4j.LoggerFactory;

/** Activator of a test bundle that logs one line through SLF4J when started. */
public final class Slf4jActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        LoggerFactory.getLogger("org.homegw.test.slf4j").info("hello from {} {}", "slf4j", context.getBundle().getBundleId());
    }

    @Override
    public void stop(BundleContext context) {
        // nothing to release
    }
}
