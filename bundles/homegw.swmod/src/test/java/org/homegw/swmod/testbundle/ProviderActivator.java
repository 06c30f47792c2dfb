package org.homegw.swmod.testbundle;

import java.util.Collection;
import java.util.Hashtable;
import java.util.Map;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterProvider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Packed into test bundles: registers a ParameterProvider for Device.X_TEST_Vendor., like a vendor bundle would. */
public final class ProviderActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(ParameterProvider.PATH, "Device.X_TEST_Vendor.");
        context.registerService(ParameterProvider.class, new VendorProvider(), props);
    }

    @Override
    public void stop(BundleContext context) {
        // services go away with the bundle
    }

    public static final class VendorProvider extends AbstractParameterProvider {
        @Override
        public Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames) {
            return Outcome.success(Map.of());
        }
    }
}
