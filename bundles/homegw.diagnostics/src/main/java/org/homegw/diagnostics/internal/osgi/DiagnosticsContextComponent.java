package org.homegw.diagnostics.internal.osgi;

import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.api.SessionRequests;
import org.homegw.diagnostics.internal.core.CompletionListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Owns the diagnostics threads and turns a finished ACS-requested test into "8 DIAGNOSTICS COMPLETE".
 * The CWMP client has no session-end signal, so tests start on these threads as soon as the
 * DiagnosticsState=Requested write is applied, never on the session thread.
 */
@Component(service = DiagnosticsContext.class, configurationPid = DiagnosticsConfig.PID)
@Designate(ocd = DiagnosticsConfig.class)
public final class DiagnosticsContextComponent implements DiagnosticsContext {

    private static final System.Logger LOG = System.getLogger(DiagnosticsContextComponent.class.getName());

    private final DiagnosticsConfig config;
    private final ThreadPoolExecutor executor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SessionRequests sessions;

    @Activate
    public DiagnosticsContextComponent(DiagnosticsConfig config) {
        this.config = config;
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
    public CompletionListener completion() {
        return (path, state) -> {
            SessionRequests current = sessions;
            if (current == null) {
                LOG.log(Level.WARNING, "{0} finished ({1}) but no CWMP client is there to report it", path, state);
                return;
            }
            current.requestSession(CwmpEvent.of(CwmpEvent.DIAGNOSTICS_COMPLETE));
        };
    }

    @Override
    public DiagnosticsConfig config() {
        return config;
    }
}
