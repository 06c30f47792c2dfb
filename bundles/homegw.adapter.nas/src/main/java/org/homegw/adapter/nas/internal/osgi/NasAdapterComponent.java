package org.homegw.adapter.nas.internal.osgi;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.homegw.adapter.nas.internal.dm.NasProvider;
import org.homegw.adapter.nas.internal.dm.NasSharingProvider;
import org.homegw.adapter.nas.spi.FileSharing;
import org.homegw.adapter.nas.spi.StorageDriver;
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

        @AttributeDefinition(description = "Most UserAccount instances the ACS may add")
        int maxUserAccounts() default 16;
    }

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private StorageDriver driver;

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private FileSharing fileSharing;

    private ServiceRegistration<ParameterProvider> registration;
    private ServiceRegistration<ParameterProvider> sharingRegistration;

    @Activate
    void activate(BundleContext context, Config config) throws IOException {
        NasProvider provider = new NasProvider(config.root(), config.volumeName(), driver,
                StateDirs.stateDir(context).resolve("nas/state.properties"));
        provider.fileSharing(fileSharing.protocols());
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(ParameterProvider.PATH, provider.paths().toArray(String[]::new));
        registration = context.registerService(ParameterProvider.class, provider, props);
        NasSharingProvider sharing = new NasSharingProvider(config.root(), fileSharing, new ProviderConfigFile(
                StateDirs.stateDir(context).resolve("nas/sharing.properties"), "NAS file-sharing settings"),
                Math.max(0, config.maxUserAccounts()));
        Dictionary<String, Object> sharingProps = new Hashtable<>();
        sharingProps.put(ParameterProvider.PATH, sharing.paths().toArray(String[]::new));
        sharingRegistration = context.registerService(ParameterProvider.class, sharing, sharingProps);
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "NAS adapter serving {0} on {1} and {2}",
                provider.paths(), driver.getClass().getName(), fileSharing.getClass().getName());
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<ParameterProvider> r : List.of(registration, sharingRegistration)) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
    }
}
