package org.homegw.cwmp.client.internal.component;

import java.io.File;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.api.RpcHandler;
import org.homegw.cwmp.api.SessionLifecycle;
import org.homegw.cwmp.api.SessionRequests;
import org.homegw.cwmp.client.internal.agent.CwmpAgent;
import org.homegw.cwmp.client.internal.agent.DeviceActions;
import org.homegw.cwmp.client.internal.agent.ExecutorAgentScheduler;
import org.homegw.cwmp.client.internal.agent.HttpSessionExecutor;
import org.homegw.cwmp.client.internal.agent.RequestQueue;
import org.homegw.cwmp.client.internal.event.EventStore;
import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.schedule.RetryPolicy;
import org.homegw.cwmp.client.internal.session.CodecAdapter;
import org.homegw.cwmp.client.internal.session.SessionRunner;
import org.homegw.cwmp.client.internal.transport.HttpAcsConnector;
import org.homegw.cwmp.client.internal.transport.TlsSettings;
import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.DecodeLimits;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.datamodel.api.ActiveNotificationListener;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.DataModelEvents;
import org.homegw.runtime.api.DeviceControl;
import org.homegw.runtime.api.GatewayProperties;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The CWMP client as a DS component: wires the data model, the whiteboard RPC handlers and device
 * control into a {@link CwmpAgent} running on its own session thread, and offers
 * {@link SessionRequests}, {@link CpeRequestQueue}, {@link SessionLifecycle} and
 * {@link ActiveNotificationListener} to the rest of the gateway.
 */
@Component(service = {SessionRequests.class, CpeRequestQueue.class, SessionLifecycle.class,
    ActiveNotificationListener.class, EventHandler.class}, immediate = true, configurationPid = "org.homegw.cwmp.client",
        property = {
            EventConstants.EVENT_TOPIC + "=" + DataModelEvents.TOPIC_VALUE_CHANGED,
            EventConstants.EVENT_FILTER + "=" + CwmpClientComponent.SETTINGS_FILTER
        })
@Designate(ocd = CwmpClientComponent.Config.class)
public final class CwmpClientComponent implements SessionRequests, CpeRequestQueue, SessionLifecycle,
        ActiveNotificationListener, EventHandler {

    /** The values whose change makes the agent read its ManagementServer settings again (both roots). */
    static final String SETTINGS_FILTER = "(path=*.ManagementServer.*)";

    private static final System.Logger LOG = System.getLogger(CwmpClientComponent.class.getName());

    @ObjectClassDefinition(name = "homegw CWMP client", description = "Session engine and HTTP transport to the ACS")
    public @interface Config {
        @AttributeDefinition(description = "Seconds without an HTTP response from the ACS after which a session"
                + " ends as failed (TR-069: at least 30)", min = "30")
        int sessionTimeoutSeconds() default 60;

        @AttributeDefinition(description = "PEM file of ACS trust anchors, relative to homegw.config.dir;"
                + " empty = the JVM's system trust store")
        String trustAnchors() default "";

        @AttributeDefinition(description = "PKCS#12 client certificate for HTTPS, relative to homegw.config.dir;"
                + " empty = none")
        String clientKeyStore() default "";

        @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
                description = "Password of the client key store")
        String clientKeyStorePassword() default "";

        @AttributeDefinition(description = "Largest ACS HTTP response accepted, in bytes", min = "65536")
        int maxResponseBytes() default 4 * 1024 * 1024;

        @AttributeDefinition(description = "Seconds between checks of ManagementServer settings changed"
                + " outside a session", min = "1")
        int settingsPollSeconds() default 30;
    }

    private final RpcHandlers handlers = new RpcHandlers(RpcDispatcher.BUILT_IN);
    private volatile DeviceControl deviceControl;
    private BundleContext context;
    private ExecutorAgentScheduler scheduler;
    private ExecutorService afterSessionThread;
    private CwmpAgent agent;
    private volatile FrameworkListener frameworkListener;
    private boolean agentStarted;
    private boolean deactivated;

    @Reference
    private DataModel model;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRpcHandler(RpcHandler handler, Map<String, Object> properties) {
        handlers.add(handler, RpcHandlers.methodsOf(properties.get(RpcHandler.METHOD)));
    }

    void removeRpcHandler(RpcHandler handler) {
        handlers.remove(handler);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setDeviceControl(DeviceControl control) {
        deviceControl = control;
    }

    void unsetDeviceControl(DeviceControl control) {
        if (deviceControl == control) {
            deviceControl = null;
        }
    }

    @Activate
    void activate(BundleContext ctx, Config config) {
        this.context = ctx;
        Path stateDir = stateDir(ctx).resolve("cwmp");
        Path configDir = Optional.ofNullable(ctx.getProperty(GatewayProperties.CONFIG_DIR)).map(Path::of).orElse(Path.of("."));
        TlsSettings tls = new TlsSettings(file(configDir, config.trustAnchors()), file(configDir, config.clientKeyStore()),
                config.clientKeyStorePassword());
        CodecAdapter codec = new CodecAdapter(new CwmpDecoder(DecodeLimits.DEFAULTS.withMaxBytes(config.maxResponseBytes())),
                model);
        DeviceActions device = new DeviceActions() {
            @Override
            public void reboot() {
                DeviceControl dc = deviceControl;
                if (dc != null) {
                    dc.reboot();
                } else {
                    restartFramework();
                }
            }

            @Override
            public void factoryReset() {
                DeviceControl dc = deviceControl;
                if (dc != null) {
                    dc.factoryReset();
                }
            }

            @Override
            public boolean factoryResetAvailable() {
                return deviceControl != null;
            }
        };
        RpcDispatcher dispatcher = new RpcDispatcher(model, handlers, device::factoryResetAvailable);
        HttpSessionExecutor executor = new HttpSessionExecutor(dispatcher,
                new SessionRunner(new HttpAcsConnector(tls, config.maxResponseBytes()), codec));
        scheduler = new ExecutorAgentScheduler("homegw-cwmp-session");
        afterSessionThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "homegw-cwmp-after-session");
            t.setDaemon(true);
            return t;
        });
        agent = new CwmpAgent(model, EventStore.open(stateDir.resolve("events.properties")),
                RequestQueue.open(stateDir.resolve("requests.properties"), codec), executor,
                new RetryPolicy(new SplittableRandom()), Clock.systemUTC(), scheduler, device,
                new CwmpAgent.Config(Duration.ofSeconds(Math.max(30, config.sessionTimeoutSeconds())),
                        Duration.ofSeconds(Math.max(1, config.settingsPollSeconds())), bootId(ctx)),
                afterSessionThread);
        startWhenFrameworkStarted(ctx);
        LOG.log(Level.INFO, "CWMP client started; state in {0}", stateDir);
    }

    /**
     * The first Inform must carry every provider's forcedInform values (ConnectionRequestURL among
     * them), so while the framework is still starting its bundles the agent waits for STARTED.
     */
    private void startWhenFrameworkStarted(BundleContext ctx) {
        if (ctx.getBundle(0).getState() == Bundle.ACTIVE) {
            agent.start();
            return;
        }
        FrameworkListener listener = new FrameworkListener() {
            @Override
            public void frameworkEvent(FrameworkEvent event) {
                if (event.getType() == FrameworkEvent.STARTED) {
                    ctx.removeFrameworkListener(this);
                    startAgentOnce();
                }
            }
        };
        frameworkListener = listener;
        ctx.addFrameworkListener(listener);
        // STARTED may have been fired between the state check and the listener's registration
        if (ctx.getBundle(0).getState() == Bundle.ACTIVE) {
            ctx.removeFrameworkListener(listener);
            startAgentOnce();
        }
    }

    private synchronized void startAgentOnce() {
        if (!agentStarted && !deactivated) {
            agentStarted = true;
            agent.start();
        }
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            deactivated = true;
        }
        FrameworkListener listener = frameworkListener;
        if (listener != null) {
            try {
                context.removeFrameworkListener(listener);
            } catch (IllegalStateException stopping) {
                // the bundle context is already invalid: nothing left to remove
            }
        }
        agent.stop();
        scheduler.close(Duration.ofSeconds(5));
        // actions already handed over still run; later ones run on their caller's thread
        afterSessionThread.shutdown();
    }

    @Override
    public void requestSession(CwmpEvent... events) {
        agent.requestSession(List.of(events));
    }

    @Override
    public void queue(CwmpRequest request, CwmpEvent... events) {
        agent.queueRequest(request, List.of(events));
    }

    @Override
    public void afterSession(Runnable action) {
        agent.afterSession(action);
    }

    @Override
    public void rebootAfterSession(String reason) {
        agent.rebootAfterSession(reason);
    }

    @Override
    public void activeParameterChanged(String path) {
        agent.activeNotification(path);
    }

    /** A ManagementServer value changed (posted by the registry): the agent reads its settings again. */
    @Override
    public void handleEvent(Event event) {
        agent.settingsChanged();
    }

    private static Path stateDir(BundleContext ctx) {
        String dir = ctx.getProperty(GatewayProperties.STATE_DIR);
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        File data = ctx.getDataFile("");
        return data != null ? data.toPath() : Path.of("var");
    }

    /** The framework UUID is new at every framework start (OSGi Core 4.6.4): one boot, one 1 BOOT. */
    private static String bootId(BundleContext ctx) {
        String uuid = ctx.getProperty(org.osgi.framework.Constants.FRAMEWORK_UUID);
        return uuid != null ? uuid : java.util.UUID.randomUUID().toString();
    }

    private static Optional<Path> file(Path base, String name) {
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(base.resolve(name.trim()));
    }

    /** Without a DeviceControl service a reboot restarts the OSGi framework (launcher restarts it). */
    private void restartFramework() {
        Thread t = new Thread(() -> {
            try {
                context.getBundle(0).update();
            } catch (BundleException | IllegalStateException e) {
                LOG.log(Level.ERROR, "cannot restart the framework for the ACS-ordered reboot", e);
            }
        }, "homegw-cwmp-reboot");
        t.setDaemon(true);
        t.start();
    }
}
