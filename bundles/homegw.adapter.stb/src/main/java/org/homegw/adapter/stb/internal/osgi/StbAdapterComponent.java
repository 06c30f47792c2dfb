package org.homegw.adapter.stb.internal.osgi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.homegw.adapter.stb.internal.dm.AvOutputsProvider;
import org.homegw.adapter.stb.internal.dm.ServiceMonitoringProvider;
import org.homegw.adapter.stb.internal.dm.StbConfigStore;
import org.homegw.adapter.stb.internal.dm.StbProvider;
import org.homegw.adapter.stb.spi.StbDriver;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ProviderConfigFile;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Registers the STBService provider over the best-ranked {@link StbDriver}. */
@Component(immediate = true, configurationPid = "org.homegw.adapter.stb")
@Designate(ocd = StbAdapterComponent.Config.class)
public final class StbAdapterComponent {

    /** Settings of the STB adapter. */
    @ObjectClassDefinition(name = "homegw STB adapter", description = "Serves Device.Services.STBService.1.")
    public @interface Config {
        @AttributeDefinition(description = "Root object of the data model")
        String root() default "Device.";

        @AttributeDefinition(description = "Configuration file, relative to homegw.state.dir")
        String stateFile() default "stb/config.properties";
    }

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private StbDriver driver;
    private StbProvider provider;
    private ServiceRegistration<ParameterProvider> registration;
    private final List<ServiceRegistration<ParameterProvider>> others = new ArrayList<>();

    @Activate
    void activate(BundleContext context, Config config) throws IOException {
        String stateDir = context.getProperty("homegw.state.dir");
        Path dir = Path.of(stateDir == null || stateDir.isBlank() ? "var" : stateDir).toAbsolutePath();
        provider = new StbProvider(config.root(), driver, new StbConfigStore(dir.resolve(config.stateFile())));
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(ParameterProvider.PATH, provider.paths().toArray(String[]::new));
        registration = context.registerService(ParameterProvider.class, provider, props);
        AvOutputsProvider outputs = new AvOutputsProvider(config.root(), driver,
                new ProviderConfigFile(dir.resolve("stb/outputs.properties"), "set-top box output settings"));
        ServiceMonitoringProvider monitoring = new ServiceMonitoringProvider(config.root(), driver,
                new ProviderConfigFile(dir.resolve("stb/monitoring.properties"), "set-top box monitoring settings"));
        // stream counters and output formats change without events: the registry polls what is watched
        others.add(register(context, outputs, outputs.paths()));
        others.add(register(context, monitoring, monitoring.paths()));
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "STB adapter serving {0} on {1}",
                provider.paths(), driver.getClass().getName());
    }

    private static ServiceRegistration<ParameterProvider> register(BundleContext context, ParameterProvider p,
                                                                    List<String> paths) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(ParameterProvider.PATH, paths.toArray(String[]::new));
        props.put(ParameterProvider.PUSHES_CHANGES, Boolean.FALSE);
        return context.registerService(ParameterProvider.class, p, props);
    }

    @Deactivate
    void deactivate() {
        others.add(registration);
        for (ServiceRegistration<ParameterProvider> r : others) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        others.clear();
        provider.close();
    }
}
