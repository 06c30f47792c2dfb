package org.homegw.launcher.logging;

import java.time.Clock;

/**
 * The JDK finds this class through {@code META-INF/services/java.lang.System$LoggerFinder} on the
 * launcher's class path, so {@code System.getLogger(...)} in every bundle (and in the JDK itself)
 * logs through the gateway's {@link LogDispatcher}. The JDK makes one instance per process; the
 * launcher reaches it with {@code System.LoggerFinder.getLoggerFinder()} to configure it.
 */
public final class GatewayLoggerFinder extends System.LoggerFinder {

    private final LogDispatcher dispatcher = new LogDispatcher(Clock.systemUTC(), System.err);

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new GatewayLogger(name, dispatcher);
    }

    public LogDispatcher dispatcher() {
        return dispatcher;
    }
}
