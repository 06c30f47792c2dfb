package org.homegw.itests.provider;

import java.util.Arrays;
import java.util.Hashtable;

import org.homegw.datamodel.spi.ParameterProvider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers a {@link TimeProvider} for the names of the bundle's {@value #NAMES_HEADER} header. */
public final class TimeProviderActivator implements BundleActivator {

    /** Manifest header listing the Device.Time. parameters the bundle serves, comma-separated. */
    public static final String NAMES_HEADER = "Homegw-Test-Parameters";

    @Override
    public void start(BundleContext context) {
        String names = context.getBundle().getHeaders().get(NAMES_HEADER);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ParameterProvider.PATH, TimeProvider.OBJECT);
        // registered services go away with the bundle: no stop work
        context.registerService(ParameterProvider.class,
                new TimeProvider(Arrays.asList(names.split(",")), context.getDataFile("time.properties").toPath()),
                properties);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the provider
    }
}
