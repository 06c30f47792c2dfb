package org.homegw.swmod.internal.component;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Hashtable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.cwmp.api.RpcHandler;
import org.homegw.cwmp.message.CwmpDateTime;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.swmod.internal.change.AutonomousDuReporter;
import org.homegw.swmod.internal.change.BootStateKeeper;
import org.homegw.swmod.internal.change.ChangeDuStateHandler;
import org.homegw.swmod.internal.change.DuOperations;
import org.homegw.swmod.internal.change.PendingChangeJournal;
import org.homegw.swmod.internal.du.UnitSource;
import org.homegw.swmod.internal.du.DuRegistry;
import org.homegw.swmod.internal.du.UnitArchive;
import org.homegw.swmod.internal.model.ExecEnvFacts;
import org.homegw.swmod.internal.model.SoftwareModulesProvider;
import org.homegw.swmod.internal.model.SupportedModelTable;
import org.homegw.swmod.internal.osgi.DeploymentUnitTable;
import org.homegw.swmod.internal.osgi.ExecutionControl;
import org.homegw.swmod.internal.osgi.ExecutionFaults;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The wired software-module service, free of DS so tests build it on a plain framework: registers the
 * provider and RPC handler and the bundle listeners; {@link #close} undoes all of it.
 */
public final class SoftwareModules implements AutoCloseable {

    /**
     * The framework, its standard services and the gateway's own bundles; the example vendor bundles
     * (homegw.example.*) are deployment units like any vendor's.
     */
    public static final String DEFAULT_CORE_BUNDLES = "(?!homegw\\.example\\.)"
            + "(homegw|org\\.apache\\.felix|org\\.osgi|org\\.jline|org\\.bouncycastle|org\\.apache\\.httpcomponents)(\\..*)?";

    private final BundleContext context;
    private final ExecutorService executor;
    private final SoftwareModulesProvider provider;
    private final AutonomousDuReporter reporter;
    private final BootStateKeeper bootState;
    private final ServiceRegistration<?> providerRegistration;
    private final ServiceRegistration<?> handlerRegistration;

    private SoftwareModules(BundleContext context, CpeRequestQueue queue, Path dir, Pattern core,
                            UnitSource source, SupportedModelTable models, Clock clock) {
        this.context = context;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "homegw-swmod");
            t.setDaemon(true);
            return t;
        });
        DeploymentUnitTable table = new DeploymentUnitTable(context, new DuRegistry(dir.resolve("deployment-units.properties")),
                core, clock);
        ExecutionControl execution = new ExecutionControl(new ExecutionFaults());
        DuOperations operations = new DuOperations(context, table, execution, source, dir.resolve("work"),
                new UnitArchive(dir.resolve("units")), clock);
        this.reporter = new AutonomousDuReporter(table, queue, clock);
        context.addBundleListener(reporter);
        operations.restore();
        this.bootState = new BootStateKeeper(table, execution, executor);
        context.addBundleListener(bootState);
        bootState.enforce(context);
        this.provider = new SoftwareModulesProvider(table, execution,
                new ExecEnvFacts(context, CwmpDateTime.of(clock.instant())), executor, models);
        context.addBundleListener(provider);
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(ParameterProvider.PATH, SoftwareModulesProvider.ROOT);
        providerRegistration = context.registerService(ParameterProvider.class, provider, p);
        Hashtable<String, Object> h = new Hashtable<>();
        h.put(RpcHandler.METHOD, "ChangeDUState");
        ChangeDuStateHandler handler = new ChangeDuStateHandler(operations, queue, executor,
                new PendingChangeJournal(dir.resolve("pending")));
        handler.resumeUnfinished();
        handlerRegistration = context.registerService(RpcHandler.class, handler, h);
    }

    public static SoftwareModules start(BundleContext context, CpeRequestQueue queue, Path dir, Pattern core,
                                        UnitSource source, SupportedModelTable models, Clock clock) {
        return new SoftwareModules(context, queue, dir, core, source, models, clock);
    }

    @Override
    public void close() {
        unregister(handlerRegistration);
        unregister(providerRegistration);
        try {
            context.removeBundleListener(reporter);
            context.removeBundleListener(provider);
            context.removeBundleListener(bootState);
        } catch (IllegalStateException e) {
            // the framework is already stopping
        }
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void unregister(ServiceRegistration<?> r) {
        try {
            r.unregister();
        } catch (IllegalStateException e) {
            // already gone with the framework
        }
    }
}
