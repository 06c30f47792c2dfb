package org.homegw.e2e.bench.provider;

import java.util.Hashtable;

import org.homegw.datamodel.spi.ParameterProvider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers a {@link SyntheticFirewallProvider} with the rule count of the bundle's
 * {@value #RULES_HEADER} header. A test bundle built by the bench at run time (like the provider bundle
 * of itests/osgi), so it is an activator rather than a DS component.
 */
public final class SyntheticFirewallActivator implements BundleActivator {

    /** Manifest header: how many rules the synthetic chain has. */
    public static final String RULES_HEADER = "Homegw-Bench-Rules";

    @Override
    public void start(BundleContext context) {
        int rules = Integer.parseInt(context.getBundle().getHeaders().get(RULES_HEADER).trim());
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ParameterProvider.PATH, SyntheticFirewallProvider.ROOT);
        context.registerService(ParameterProvider.class, new SyntheticFirewallProvider(rules), properties);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the provider with the bundle
    }
}
