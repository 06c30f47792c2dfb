package org.homegw.adapter.wifi.internal.osgi;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Dictionary;
import java.util.Hashtable;

import org.homegw.adapter.wifi.internal.config.WifiConfigStore;
import org.homegw.adapter.wifi.internal.dm.WifiProvider;
import org.homegw.adapter.wifi.spi.WifiDriver;
import org.homegw.datamodel.spi.ParameterProvider;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Registers the Device.WiFi. provider over the best-ranked {@link WifiDriver}: the simulated driver
 * unless a vendor driver with a higher ranking is present (it then re-activates on that one).
 */
@Component(immediate = true, configurationPid = "org.homegw.adapter.wifi")
@Designate(ocd = WifiAdapterConfig.class)
public final class WifiAdapterComponent {

    private static final System.Logger LOG = System.getLogger(WifiAdapterComponent.class.getName());

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private WifiDriver driver;

    private WifiProvider provider;
    private ServiceRegistration<ParameterProvider> registration;

    @Activate
    void activate(BundleContext context, WifiAdapterConfig config) throws IOException {
        String stateDir = context.getProperty("homegw.state.dir");
        if (stateDir == null || stateDir.isBlank()) {
            LOG.log(System.Logger.Level.WARNING, "homegw.state.dir not set; keeping Wi-Fi configuration under ./var");
            stateDir = "var";
        }
        Path file = Path.of(stateDir).toAbsolutePath().resolve(config.stateFile());
        provider = new WifiProvider(config.root(), driver, new WifiConfigStore(file), config.regulatoryDomain(),
                new SecureRandom());
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(ParameterProvider.PATH, provider.paths().toArray(String[]::new));
        registration = context.registerService(ParameterProvider.class, provider, props);
        LOG.log(System.Logger.Level.INFO, "Wi-Fi adapter serving {0} on {1}, configuration in {2}",
                provider.paths(), driver.getClass().getName(), file);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // already gone with the bundle
        }
        provider.close();
    }
}
