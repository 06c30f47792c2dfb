package org.homegw.adapter.voip.internal.osgi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;

import org.homegw.adapter.voip.internal.dm.VoiceConfigStore;
import org.homegw.adapter.voip.internal.dm.VoiceProvider;
import org.homegw.adapter.voip.spi.VoiceDriver;
import org.homegw.datamodel.spi.ParameterProvider;
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

/** Registers the VoiceService provider over the best-ranked {@link VoiceDriver}. */
@Component(immediate = true, configurationPid = "org.homegw.adapter.voip")
@Designate(ocd = VoipAdapterComponent.Config.class)
public final class VoipAdapterComponent {

    /** Settings of the VoIP adapter. */
    @ObjectClassDefinition(name = "homegw VoIP adapter", description = "Serves Device.Services.VoiceService.1.")
    public @interface Config {
        @AttributeDefinition(description = "Root object of the data model")
        String root() default "Device.";

        @AttributeDefinition(description = "Configuration file, relative to homegw.state.dir")
        String stateFile() default "voip/config.properties";
    }

    private static final System.Logger LOG = System.getLogger(VoipAdapterComponent.class.getName());

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private VoiceDriver driver;
    private VoiceProvider provider;
    private ServiceRegistration<ParameterProvider> registration;

    @Activate
    void activate(BundleContext context, Config config) throws IOException {
        String stateDir = context.getProperty("homegw.state.dir");
        if (stateDir == null || stateDir.isBlank()) {
            LOG.log(System.Logger.Level.WARNING, "homegw.state.dir not set; keeping voice configuration under ./var");
            stateDir = "var";
        }
        provider = new VoiceProvider(config.root(), driver,
                new VoiceConfigStore(Path.of(stateDir).toAbsolutePath().resolve(config.stateFile())));
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(ParameterProvider.PATH, provider.paths().toArray(String[]::new));
        registration = context.registerService(ParameterProvider.class, provider, props);
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "VoIP adapter serving {0} on {1}",
                provider.paths(), driver.getClass().getName());
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
