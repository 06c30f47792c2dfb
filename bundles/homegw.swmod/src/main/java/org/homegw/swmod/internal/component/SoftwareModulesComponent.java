package org.homegw.swmod.internal.component;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.swmod.internal.du.BundleDownloader;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Software-module management as a DS component: wires {@link SoftwareModules} to the framework,
 * registers the Device.SoftwareModules. provider and the ChangeDUState handler, and listens for
 * autonomous bundle changes. All bundle operations run on one thread, in order.
 */
@Component(immediate = true, service = {}, configurationPid = "org.homegw.swmod")
@Designate(ocd = SoftwareModulesComponent.Config.class)
public final class SoftwareModulesComponent {

    @ObjectClassDefinition(name = "homegw software modules", description = "OSGi bundles as TR-069 deployment units")
    public @interface Config {
        @AttributeDefinition(description = "Regular expression of bundle symbolic names that belong to the gateway"
                + " core and are not deployment units the ACS may manage")
        String coreBundles() default SoftwareModules.DEFAULT_CORE_BUNDLES;

        @AttributeDefinition(description = "Largest deployment unit accepted, in bytes (larger: fault 9027)", min = "1")
        long maxDownloadBytes() default 64L * 1024 * 1024;

        @AttributeDefinition(description = "Seconds a download may take", min = "1")
        int downloadTimeoutSeconds() default 300;
    }

    private static final System.Logger LOG = System.getLogger(SoftwareModulesComponent.class.getName());

    private SoftwareModules modules;

    @Reference
    private CpeRequestQueue queue;

    @Activate
    void activate(BundleContext context, Config config) {
        String stateDir = context.getProperty("homegw.state.dir");
        Path dir = Path.of(stateDir == null ? "var" : stateDir).toAbsolutePath().resolve("swmod");
        modules = SoftwareModules.start(context, queue, dir, corePattern(config.coreBundles()),
                new BundleDownloader(config.maxDownloadBytes(), Duration.ofSeconds(config.downloadTimeoutSeconds())),
                Clock.systemUTC());
    }

    private static Pattern corePattern(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            LOG.log(System.Logger.Level.ERROR, "coreBundles is not a regular expression (" + e.getDescription()
                    + "); using the default " + SoftwareModules.DEFAULT_CORE_BUNDLES);
            return Pattern.compile(SoftwareModules.DEFAULT_CORE_BUNDLES);
        }
    }

    @Deactivate
    void deactivate() {
        modules.close();
    }
}
