package org.homegw.adapter.nas.internal.osgi;

import java.util.Dictionary;
import java.util.Hashtable;

import org.homegw.adapter.nas.internal.dm.NasProvider;
import org.homegw.adapter.nas.spi.StorageDriver;
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

/** Registers the TR-140 StorageService provider over the best-ranked {@link StorageDriver}. */
@Component(immediate = true, configurationPid = "org.homegw.adapter.nas")
@Designate(ocd = NasAdapterComponent.Config.class)
public final class NasAdapterComponent {

    /** Settings of the NAS adapter. */
    @ObjectClassDefinition(name = "homegw NAS adapter", description = "Serves Device.Services.StorageService.1.")
    public @interface Config {
        @AttributeDefinition(description = "Root object of the data model")
        String root() default "Device.";

        @AttributeDefinition(description = "LogicalVolume.1.Name")
        String volumeName() default "share";
    }

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private StorageDriver driver;
    private ServiceRegistration<ParameterProvider> registration;

    @Activate
    void activate(BundleContext context, Config config) {
        NasProvider provider = new NasProvider(config.root(), config.volumeName(), driver,
                StateDirs.stateDir(context).resolve("nas/state.properties"));
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(ParameterProvider.PATH, provider.paths().toArray(String[]::new));
        registration = context.registerService(ParameterProvider.class, provider, props);
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "NAS adapter serving {0} on {1}",
                provider.paths(), driver.getClass().getName());
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // already gone with the bundle
        }
    }
}
