package org.homegw.diagnostics.internal.osgi;

import java.io.File;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.api.SessionLifecycle;
import org.homegw.cwmp.api.SessionRequests;
import org.homegw.diagnostics.internal.core.AfterSession;
import org.homegw.diagnostics.internal.core.CompletionListener;
import org.homegw.diagnostics.internal.core.FileResultStore;
import org.homegw.diagnostics.internal.core.ResultStore;
import org.homegw.diagnostics.internal.net.InterfaceAddresses;
import org.homegw.diagnostics.internal.net.ModelInterfaceAddresses;
import org.homegw.datamodel.api.DataModel;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Owns the diagnostics threads and turns a finished ACS-requested test into "8 DIAGNOSTICS COMPLETE".
 * A requested test starts on these threads once the CWMP session that requested it has ended
 * ({@link SessionLifecycle#afterSession}); without a CWMP client no session can run, so at once.
 */
@Component(service = DiagnosticsContext.class, configurationPid = DiagnosticsConfig.PID)
@Designate(ocd = DiagnosticsConfig.class)
public final class DiagnosticsContextComponent implements DiagnosticsContext {

    private static final System.Logger LOG = System.getLogger(DiagnosticsContextComponent.class.getName());

    static final String STATE_DIR_PROPERTY = "homegw.state.dir";

    private final DiagnosticsConfig config;
    /** null: no writable storage, results live in memory only. */
    private final Path resultsDir;
    private final ThreadPoolExecutor executor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SessionRequests sessions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SessionLifecycle lifecycle;

    /** For the tests' Interface parameter; optional so the context never waits on the registry. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DataModel dataModel;

    @Activate
    public DiagnosticsContextComponent(DiagnosticsConfig config, BundleContext bundle) {
        this.config = config;
        String dir = bundle.getProperty(STATE_DIR_PROPERTY);
        File data = dir == null || dir.isBlank() ? bundle.getDataFile("") : null;
        this.resultsDir = dir != null && !dir.isBlank() ? Path.of(dir).resolve("diagnostics")
                : data == null ? null : data.toPath().resolve("diagnostics");
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(1, config.maxConcurrentTests());
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "homegw-diagnostics-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public ExecutorService executor() {
        return executor;
    }

    @Override
    public AfterSession afterSession() {
        return start -> {
            SessionLifecycle current = lifecycle;
            if (current == null) {
                start.run();
            } else {
                current.afterSession(start);
            }
        };
    }

    @Override
    public CompletionListener completion() {
        return (path, state) -> {
            SessionRequests current = sessions;
            if (current == null) {
                LOG.log(Level.WARNING, "{0} finished ({1}) but no CWMP client is there to report it", path, state);
                return;
            }
            // only tests the ACS requested get here (DiagnosticsProvider filters local ones)
            current.requestSession(CwmpEvent.of(CwmpEvent.DIAGNOSTICS_COMPLETE));
        };
    }

    @Override
    public DiagnosticsConfig config() {
        return config;
    }

    @Override
    public InterfaceAddresses interfaceAddresses() {
        return new ModelInterfaceAddresses(() -> dataModel);
    }

    @Override
    public ResultStore resultStore(String objectPath) {
        return resultsDir == null ? ResultStore.NONE
                : new FileResultStore(resultsDir.resolve(objectPath + "properties"));
    }
}
