package org.homegw.swmod.internal.component;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.datamodel.api.DataModel;
import org.homegw.swmod.internal.du.BundleFetcher;
import org.homegw.swmod.internal.du.BundleSignatures;
import org.homegw.swmod.internal.du.UnitSource;
import org.homegw.swmod.internal.model.SupportedModelTable;
import org.homegw.transfer.download.FileDownloader;
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

        @AttributeDefinition(description = "Refuse deployment units that are not JARs signed by a certificate"
                + " chaining to the bundle trust anchors (unsigned or untrusted: 9001; signature not matching: 9018)")
        boolean requireSignedBundles() default false;

        @AttributeDefinition(description = "PEM file of bundle signing trust anchors, relative to homegw.config.dir")
        String bundleTrustAnchors() default "";
    }

    /** Framework property naming the device configuration directory (set by the launcher). */
    private static final String CONFIG_DIR = "homegw.config.dir";
    private static final System.Logger LOG = System.getLogger(SoftwareModulesComponent.class.getName());

    private SoftwareModules modules;

    @Reference
    private CpeRequestQueue queue;

    /** The transfer manager's downloader (TLS trust anchors, timeouts and credentials handling are its). */
    @Reference
    private FileDownloader downloader;

    /** Read for ExecutionUnit SupportedDataModelList (the registry's SupportedDataModel table). */
    @Reference
    private DataModel dataModel;

    @Activate
    void activate(BundleContext context, Config config) {
        String stateDir = context.getProperty("homegw.state.dir");
        Path dir = Path.of(stateDir == null ? "var" : stateDir).toAbsolutePath().resolve("swmod");
        UnitSource source = new UnitSource(new BundleFetcher(downloader, config.maxDownloadBytes()),
                signatures(context, config));
        modules = SoftwareModules.start(context, queue, dir, corePattern(config.coreBundles()), source,
                SupportedModelTable.of(dataModel), Clock.systemUTC());
    }

    /** A configured anchor file that cannot be read leaves no anchors: every install then fails 9001 (logged). */
    private static BundleSignatures signatures(BundleContext context, Config config) {
        if (!config.requireSignedBundles()) {
            return BundleSignatures.notRequired();
        }
        String name = config.bundleTrustAnchors() == null ? "" : config.bundleTrustAnchors().trim();
        List<X509Certificate> anchors = List.of();
        if (name.isEmpty()) {
            LOG.log(System.Logger.Level.ERROR, "requireSignedBundles is set but bundleTrustAnchors is empty:"
                    + " every Install and Update will be refused");
        } else {
            String configDir = context.getProperty(CONFIG_DIR);
            Path file = Path.of(configDir == null ? "." : configDir).resolve(name);
            try {
                anchors = BundleSignatures.readAnchors(file);
            } catch (IOException | GeneralSecurityException e) {
                LOG.log(System.Logger.Level.ERROR, "cannot read bundle trust anchors " + file + " (" + e.getMessage()
                        + "): every Install and Update will be refused");
            }
        }
        return new BundleSignatures(anchors, true, Clock.systemUTC());
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
