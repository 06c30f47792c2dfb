package org.homegw.adapter.host.internal.osgi;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.homegw.adapter.host.internal.dm.DeviceInfoProvider;
import org.homegw.adapter.host.internal.dm.EthernetProvider;
import org.homegw.adapter.host.internal.dm.HostsProvider;
import org.homegw.adapter.host.internal.dm.IpInterfaceProvider;
import org.homegw.adapter.host.spi.HostDriver;
import org.homegw.adapter.host.spi.InterfaceControl;
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
 * Registers the host providers (whiteboard, property homegw.dm.path) over the best-ranked
 * {@link HostDriver}; a driver with a higher ranking appearing re-activates the adapter on it.
 */
@Component(immediate = true, configurationPid = "org.homegw.adapter.host")
@Designate(ocd = HostAdapterConfig.class)
public final class HostAdapterComponent {

    private static final System.Logger LOG = System.getLogger(HostAdapterComponent.class.getName());

    private final List<ServiceRegistration<ParameterProvider>> registrations = new ArrayList<>();

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private HostDriver driver;

    /** Interface Enable writes; the shipped Linux control refuses them unless configured. */
    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private InterfaceControl interfaceControl;

    @Activate
    void activate(BundleContext context, HostAdapterConfig config) {
        Clock clock = Clock.systemUTC();
        Duration maxAge = Duration.ofMillis(Math.max(0, config.maxAgeMillis()));
        String root = config.root();
        if (config.deviceInfo()) {
            DeviceInfoProvider p = new DeviceInfoProvider(root, driver, clock, maxAge);
            register(context, p, p.paths());
        }
        if (config.ethernet()) {
            EthernetProvider p = new EthernetProvider(root, driver, interfaceControl, clock, maxAge);
            register(context, p, p.paths());
        }
        if (config.ip()) {
            IpInterfaceProvider p = new IpInterfaceProvider(root, driver, interfaceControl, clock, maxAge);
            register(context, p, p.paths());
        }
        if (config.hosts()) {
            HostsProvider p = new HostsProvider(root, driver, clock, maxAge);
            register(context, p, p.paths());
        }
        LOG.log(System.Logger.Level.INFO, "host adapter serving {0} provider(s) from {1}",
                registrations.size(), driver.getClass().getName());
    }

    private void register(BundleContext context, ParameterProvider provider, List<String> paths) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(ParameterProvider.PATH, paths.toArray(String[]::new));
        // host figures change all the time without events: let the registry poll what is watched
        props.put(ParameterProvider.PUSHES_CHANGES, Boolean.FALSE);
        registrations.add(context.registerService(ParameterProvider.class, provider, props));
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<ParameterProvider> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        registrations.clear();
    }
}
