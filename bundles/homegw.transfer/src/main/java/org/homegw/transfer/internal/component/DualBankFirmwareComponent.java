package org.homegw.transfer.internal.component;

import java.nio.file.Path;
import java.util.Hashtable;

import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.transfer.api.ApplyResult;
import org.homegw.transfer.api.FirmwareInstaller;
import org.homegw.transfer.internal.apply.DualBankFirmware;
import org.homegw.transfer.internal.apply.FirmwareImageProvider;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The default firmware installer (service ranking -100, so a device's own installer wins): a
 * simulated A/B device in {@code <state>/firmware}. Counts this start as a boot of the banks and
 * serves DeviceInfo.SoftwareVersion / FirmwareImage.{i}. to the data model.
 */
@Component(service = FirmwareInstaller.class, property = Constants.SERVICE_RANKING + ":Integer=-100",
        configurationPid = "org.homegw.transfer.firmware")
@Designate(ocd = DualBankFirmwareComponent.Config.class)
public final class DualBankFirmwareComponent implements FirmwareInstaller {

    @ObjectClassDefinition(name = "homegw dual-bank firmware", description = "Simulated A/B firmware banks in the state directory")
    public @interface Config {
        @AttributeDefinition(description = "Starts a new image gets to reach a healthy start before the rollback", min = "1")
        int maxTrialBoots() default 3;

        @AttributeDefinition(description = "SoftwareVersion of the factory image in bank A")
        String factoryVersion() default "0.1.0";
    }

    private DualBankFirmware banks;
    private ServiceRegistration<ParameterProvider> provider;

    @Reference
    private DataModel model;

    @Activate
    void activate(BundleContext context, Config config) {
        banks = new DualBankFirmware(StateDirs.of(context).resolve("firmware"), config.maxTrialBoots(),
                config.factoryVersion());
        banks.boot(context.getProperty(Constants.FRAMEWORK_UUID));
        FirmwareImageProvider p = new FirmwareImageProvider(banks, model.rootObject());
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(ParameterProvider.PATH, p.paths().toArray(String[]::new));
        props.put(ParameterProvider.PUSHES_CHANGES, Boolean.FALSE);
        provider = context.registerService(ParameterProvider.class, p, props);
    }

    @Deactivate
    void deactivate() {
        provider.unregister();
    }

    @Override
    public ApplyResult install(Path image) {
        return banks.install(image);
    }

    @Override
    public void confirmHealthy() {
        banks.confirmHealthy();
    }

    @Override
    public SwitchState lastSwitch() {
        return banks.lastSwitch();
    }

    @Override
    public void acknowledgeSwitch() {
        banks.acknowledgeSwitch();
    }

    @Override
    public String runningVersion() {
        return banks.runningVersion();
    }

    /** Where a bundle keeps its state: homegw.state.dir, else the bundle's data area. */
    static final class StateDirs {
        private StateDirs() {
        }

        static Path of(BundleContext context) {
            String dir = context.getProperty("homegw.state.dir");
            if (dir != null && !dir.isBlank()) {
                return Path.of(dir);
            }
            return context.getDataFile("").toPath();
        }
    }
}
