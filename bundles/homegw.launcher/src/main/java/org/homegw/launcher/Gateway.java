package org.homegw.launcher;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.homegw.launcher.logging.JulBridge;
import org.homegw.launcher.logging.LogDispatcher;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;

/**
 * The supervising loop: start a framework, wait until it stops, and start a new one in the same
 * process when the stop was a reboot or factory reset (see {@link RestartRequest}); return when it
 * was a shutdown.
 */
final class Gateway {

    private static final System.Logger LOG = System.getLogger(Gateway.class.getName());
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Distribution dist;
    private final LauncherOptions options;
    private final StateDirectory state;
    private final LogDispatcher logs;
    private final Object lock = new Object();
    private Framework current;
    private boolean shutdownRequested;

    Gateway(Distribution dist, LauncherOptions options, StateDirectory state, LogDispatcher logs) {
        this.dist = dist;
        this.options = options;
        this.state = state;
        this.logs = logs;
    }

    /** Runs until shutdown; returns the process exit code. */
    int run() throws UsageException, IOException, BundleException, InterruptedException {
        while (true) {
            state.create();
            // A factory reset cut short (power loss after the request was written) is finished here.
            Optional<RestartRequest> pending = RestartRequest.take(state.restartRequestFile());
            if (pending.orElse(null) == RestartRequest.FACTORY_RESET) {
                LOG.log(Level.INFO, "factory reset: wiping {0}", state.root());
                state.factoryReset();
            }
            DeviceConfig config = DeviceConfig.load(dist.configDir());
            logs.configure(config.logging(), state.logDir());
            JulBridge.install(config.logging());
            String serial = config.hasSerialNumber() ? null
                    : new SerialNumberStore(state.root(), new SecureRandom()).loadOrCreate();
            List<ParameterOverride> overrides = DefaultsOverrides.of(options, config.root(), serial);
            if (!overrides.isEmpty()) {
                LOG.log(Level.INFO, "data-model overrides: {0}", DefaultsOverrides.describe(overrides));
            }
            boolean shell = !options.noShell() && System.console() != null;
            String bootReason = pending.map(RestartRequest::word).orElse("start");
            FrameworkBoot boot = new FrameworkBoot(dist, state, new FrameworkBoot.Settings(
                    DefaultsOverrides.toProperty(overrides), options.crPort(), shell, config.disabledBundles(), bootReason,
                    config.logging()));

            long t0 = System.nanoTime();
            Framework framework;
            synchronized (lock) {
                if (shutdownRequested) {
                    return 0;
                }
                framework = boot.start();
                current = framework;
            }
            reportStarted(framework, (System.nanoTime() - t0) / 1_000_000, config);

            FrameworkEvent stopped;
            do {
                stopped = framework.waitForStop(0);
                // a system bundle update ("update 0" in the shell) is a restart Felix does by itself
            } while (stopped.getType() == FrameworkEvent.STOPPED_UPDATE);
            synchronized (lock) {
                current = null;
                if (shutdownRequested) {
                    LOG.log(Level.INFO, "homegw stopped");
                    return 0;
                }
            }
            Optional<RestartRequest> request = RestartRequest.peek(state.restartRequestFile());
            if (request.isEmpty()) {
                LOG.log(Level.INFO, "framework stopped: homegw exits");
                return 0;
            }
            LOG.log(Level.INFO, "restarting the framework for a {0}", request.get().word());
        }
    }

    /** Called from the SIGTERM/SIGINT handler: stops the framework and makes {@link #run()} return. */
    void shutdown() {
        Framework f;
        synchronized (lock) {
            shutdownRequested = true;
            f = current;
        }
        if (f != null) {
            LOG.log(Level.INFO, "stopping homegw");
            try {
                f.stop();
            } catch (BundleException e) {
                LOG.log(Level.ERROR, "cannot stop the framework", e);
            }
        }
    }

    /** Waits for the current framework, if any, to stop (shutdown hook path). */
    void awaitStopped() throws InterruptedException {
        Framework f;
        synchronized (lock) {
            f = current;
        }
        if (f != null) {
            f.waitForStop(STOP_TIMEOUT.toMillis());
        }
    }

    private void reportStarted(Framework framework, long millis, DeviceConfig config) {
        Bundle[] bundles = framework.getBundleContext().getBundles();
        List<Bundle> notActive = Arrays.stream(bundles)
                .filter(b -> b.getState() != Bundle.ACTIVE && b.getHeaders().get(Constants.FRAGMENT_HOST) == null)
                .toList();
        if (!notActive.isEmpty()) {
            LOG.log(Level.WARNING, "bundles not active: {0}", notActive.stream()
                    .map(b -> b.getSymbolicName() + " [" + b.getBundleId() + "]").collect(Collectors.joining(", ")));
        }
        LOG.log(Level.INFO, "homegw started: {0} bundles, {1} active, framework start {2} ms; data model {3}, state {4}",
                bundles.length, bundles.length - notActive.size(), millis, config.dataModel(), state.root());
    }
}
