package org.homegw.transfer.internal.component;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;


import org.homegw.cwmp.api.RpcHandler;
import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.cwmp.api.SessionLifecycle;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.runtime.api.GatewayProperties;
import org.homegw.transfer.api.ConfigFileHandler;
import org.homegw.transfer.api.FirmwareInstaller;
import org.homegw.transfer.internal.apply.CmsImageCheck;
import org.homegw.transfer.internal.apply.VendorFileProvider;
import org.homegw.transfer.internal.engine.DeviceSide;
import org.homegw.transfer.internal.engine.ExecutorTransferScheduler;
import org.homegw.transfer.internal.engine.FileTypes;
import org.homegw.transfer.internal.engine.ImageCheck;
import org.homegw.transfer.internal.engine.TransferEngine;
import org.homegw.transfer.internal.engine.TransferRequests;
import org.homegw.transfer.internal.engine.VendorLogFile;
import org.homegw.transfer.internal.http.FileServerClient;
import org.homegw.transfer.internal.http.HttpAuthorization;
import org.homegw.transfer.internal.http.TrustAnchors;
import org.homegw.transfer.internal.queue.TransferStore;
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

/**
 * The transfer manager as a DS component: answers the transfer RPCs for the CWMP client
 * (whiteboard {@link RpcHandler}), runs transfers on its own worker thread, and reports them through
 * {@link CpeRequestQueue}. A firmware switch reboots through the client's {@link SessionLifecycle},
 * so the reboot never cuts a CWMP session. State lives in {@code <state>/transfer}.
 */
@Component(service = RpcHandler.class, immediate = true, configurationPid = "org.homegw.transfer",
        property = {RpcHandler.METHOD + "=Download", RpcHandler.METHOD + "=Upload",
            RpcHandler.METHOD + "=ScheduleDownload", RpcHandler.METHOD + "=CancelTransfer",
            RpcHandler.METHOD + "=GetQueuedTransfers", RpcHandler.METHOD + "=GetAllQueuedTransfers",
            // Gogo shell: "homegw:install <url>" installs firmware locally (an autonomous transfer)
            "osgi.command.scope=homegw", "osgi.command.function=install"})
@Designate(ocd = TransferManagerComponent.Config.class)
public final class TransferManagerComponent implements RpcHandler {

    private static final System.Logger LOG = System.getLogger(TransferManagerComponent.class.getName());

    @ObjectClassDefinition(name = "homegw file transfers", description = "Download, Upload and ScheduleDownload")
    public @interface Config {
        @AttributeDefinition(description = "PEM file of file-server trust anchors, relative to homegw.config.dir;"
                + " empty = the JVM's system trust store")
        String trustAnchors() default "";

        @AttributeDefinition(description = "PEM file of firmware signing trust anchors, relative to"
                + " homegw.config.dir; empty = signed images cannot be verified (they fail 9019)")
        String firmwareTrustAnchors() default "";

        @AttributeDefinition(description = "Refuse unsigned firmware images (9019)")
        boolean requireSignedFirmware() default false;

        @AttributeDefinition(description = "Transfers queued at once; more are refused with 9004", min = "1", max = "16")
        int maxQueued() default 16;

        @AttributeDefinition(description = "Largest file accepted, in MiB", min = "1")
        int maxFileSizeMiB() default 2048;

        @AttributeDefinition(description = "Attempts to fetch a file whose body is cut short (resumed with Range)", min = "1")
        int fetchAttempts() default 3;

        @AttributeDefinition(description = "Seconds to wait for a file server connection", min = "1")
        int connectTimeoutSeconds() default 30;

        @AttributeDefinition(description = "Seconds without data after which a transfer fails", min = "1")
        int readTimeoutSeconds() default 60;

        @AttributeDefinition(description = "Most log bytes sent by a '2 Vendor Log File' upload", min = "1024")
        int maxLogUploadBytes() default 1024 * 1024;

        @AttributeDefinition(description = "Rows of DeviceInfo.VendorLogFile as name=path (path relative to the"
                + " gateway's log directory, homegw.log.dir, or absolute; <path>.1 is its rolled predecessor);"
                + " row i is '4 Vendor Log File i'")
        String[] vendorLogFiles() default {"homegw.log=homegw.log"};

        @AttributeDefinition(description = "Seconds before a failed ScheduleDownload tries again inside its time"
                + " window (as often as the window's MaxRetries allows)", min = "1")
        int windowRetryDelaySeconds() default 30;
    }

    @Reference
    private CpeRequestQueue session;

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private FirmwareInstaller firmware;

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private ConfigFileHandler configFiles;

    @Reference
    private SessionLifecycle lifecycle;

    @Reference
    private DataModel model;

    private ServiceRegistration<ParameterProvider> vendorFiles;
    private ExecutorTransferScheduler scheduler;
    private TransferEngine engine;
    private TransferRequests requests;

    @Activate
    void activate(BundleContext context, Config config) throws IOException, GeneralSecurityException {
        Path state = DualBankFirmwareComponent.StateDirs.of(context);
        Path dir = state.resolve("transfer");
        Path configDir = Path.of(Optional.ofNullable(context.getProperty(GatewayProperties.CONFIG_DIR)).orElse("."));
        FileServerClient.TlsSource tls = TrustAnchors.lazySocketFactory(configFile(configDir, config.trustAnchors()));
        Optional<Path> firmwareAnchors = configFile(configDir, config.firmwareTrustAnchors());
        ImageCheck imageCheck = new CmsImageCheck(firmwareAnchors.isPresent() ? TrustAnchors.read(firmwareAnchors.get())
                : List.of(), config.requireSignedFirmware(), Clock.systemUTC());
        FileServerClient http = new FileServerClient(new FileServerClient.Settings(tls,
                Duration.ofSeconds(config.connectTimeoutSeconds()), Duration.ofSeconds(config.readTimeoutSeconds())),
                new HttpAuthorization(new SecureRandom()));
        // the launcher says where the runtime writes its log
        Path logDir = Optional.ofNullable(context.getProperty("homegw.log.dir")).map(Path::of)
                .orElse(state.resolve("log"));
        List<VendorLogFile> logs = VendorLogFile.parse(config.vendorLogFiles(), logDir);
        DeviceSide device = new DeviceSide(firmware, configFiles, imageCheck, this::reboot, logs);
        long maxFileSize = config.maxFileSizeMiB() * 1024L * 1024L;
        TransferEngine.Limits limits = new TransferEngine.Limits(Math.min(16, config.maxQueued()), config.fetchAttempts(),
                maxFileSize, config.maxLogUploadBytes(), Duration.ofSeconds(config.windowRetryDelaySeconds()));
        scheduler = new ExecutorTransferScheduler("homegw-transfer");
        engine = new TransferEngine(TransferStore.open(dir.resolve("transfers.properties")), http, dir.resolve("work"),
                dir.resolve("files"), device, session, Clock.systemUTC(), scheduler, limits);
        requests = new TransferRequests(engine, Clock.systemUTC(), maxFileSize);
        engine.start();
        if (model.rootObject().equals("Device.")) {
            VendorFileProvider files = new VendorFileProvider(model.rootObject(), logs, config.maxLogUploadBytes());
            Hashtable<String, Object> props = new Hashtable<>();
            props.put(ParameterProvider.PATH, files.paths().toArray(String[]::new));
            props.put(ParameterProvider.PUSHES_CHANGES, Boolean.FALSE);
            vendorFiles = context.registerService(ParameterProvider.class, files, props);
        }
        LOG.log(Level.INFO, "file transfers ready; state in {0}, firmware {1}", dir, firmware.runningVersion());
    }

    @Deactivate
    void deactivate() {
        if (vendorFiles != null) {
            vendorFiles.unregister();
        }
        engine.stop();
        scheduler.close();
    }

    @Override
    public CwmpMessage handle(CwmpRequest request) {
        return requests.handle(request);
    }

    /** Shell command: downloads and installs a firmware image from {@code url}, not asked for by the ACS. */
    public String install(String url) {
        return install("1 Firmware Upgrade Image", url);
    }

    /** Shell command: an autonomous download of any supported type, e.g. "3 Vendor Configuration File". */
    public String install(String fileType, String url) {
        if (FileTypes.download(fileType).isEmpty()) {
            return "unsupported file type '" + fileType + "'";
        }
        Optional<FaultMessage> bad = TransferRequests.checkUrl(url);
        if (bad.isPresent()) {
            return bad.get().faultString();
        }
        return engine.enqueueAutonomous(fileType, url, "") ? "queued: " + fileType + " from " + url
                : "transfer queue is full";
    }

    private static Optional<Path> configFile(Path configDir, String name) {
        return Optional.ofNullable(name).map(String::trim).filter(s -> !s.isEmpty()).map(configDir::resolve);
    }

    /**
     * A firmware switch needs a reboot: at once when no CWMP session runs, else after the running one
     * has ended cleanly (TR-069: a reboot waits for a clean session end). The client reboots through
     * the runtime's DeviceControl, or restarts the framework without one.
     */
    private void reboot() {
        lifecycle.rebootAfterSession("firmware switch to the newly installed image");
    }
}
