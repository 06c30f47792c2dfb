package org.homegw.launcher;

import java.io.IOException;
import java.lang.System.Logger.Level;

import org.homegw.launcher.logging.GatewayLoggerFinder;
import org.homegw.launcher.logging.LogDispatcher;
import org.osgi.framework.BundleException;

import sun.misc.Signal;

/**
 * Entry point of {@code bin/homegw}. Exit codes: 0 after a clean stop (SIGTERM, SIGINT, {@code stop 0}),
 * 1 when the gateway cannot start, 2 for a bad command line or device configuration.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        LauncherOptions options;
        Distribution dist;
        try {
            options = LauncherOptions.parse(args);
            if (options.help()) {
                System.out.println(LauncherOptions.USAGE);
                return 0;
            }
            dist = Distribution.fromSystemProperty();
        } catch (UsageException e) {
            System.err.println("homegw: " + e.getMessage() + " (" + LauncherOptions.USAGE.substring("usage: ".length()) + ")");
            return 2;
        }
        LogDispatcher logs = dispatcher();
        StateDirectory state = new StateDirectory(options.stateDir() != null ? options.stateDir() : dist.defaultStateDir());
        Gateway gateway = new Gateway(dist, options, state, logs);
        installSignalHandlers(gateway);
        System.Logger log = System.getLogger(Main.class.getName());
        try {
            return gateway.run();
        } catch (UsageException e) {
            System.err.println("homegw: " + e.getMessage());
            return 2;
        } catch (IOException | BundleException e) {
            log.log(Level.ERROR, "homegw cannot start: " + e.getMessage(), e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            try {
                logs.closeFile();
            } catch (IOException e) {
                System.err.println("homegw: cannot close the log file: " + e);
            }
        }
    }

    private static LogDispatcher dispatcher() {
        System.LoggerFinder finder = System.LoggerFinder.getLoggerFinder();
        if (finder instanceof GatewayLoggerFinder g) {
            return g.dispatcher();
        }
        throw new IllegalStateException("System.LoggerFinder is " + finder.getClass().getName()
                + ", not the homegw one: is the launcher jar on the class path?");
    }

    /**
     * SIGTERM and SIGINT stop the framework cleanly and end with exit code 0 (the JVM's default
     * would be 143/130). A shutdown hook covers other exits, e.g. SIGHUP.
     */
    private static void installSignalHandlers(Gateway gateway) {
        Signal.handle(new Signal("TERM"), s -> gateway.shutdown());
        Signal.handle(new Signal("INT"), s -> gateway.shutdown());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.shutdown();
            try {
                gateway.awaitStopped();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "homegw-shutdown"));
    }
}
