package org.homegw.launcher.logging;

import java.lang.System.Logger.Level;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Passed to Felix as {@code felix.log.logger}, so the framework's own messages (resolver errors,
 * activator exceptions) reach the gateway log instead of Felix's stdout default.
 */
public final class FelixFrameworkLogger extends Logger {

    private static final System.Logger LOG = System.getLogger("org.apache.felix.framework");

    /** The value for {@code felix.log.level}: Felix only calls us for records at or above it. */
    public static String felixLevel() {
        if (LOG.isLoggable(Level.DEBUG)) {
            return "4";
        }
        return LOG.isLoggable(Level.INFO) ? "3" : LOG.isLoggable(Level.WARNING) ? "2" : "1";
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        String text = bundle == null ? msg : msg + " (bundle " + bundle.getSymbolicName() + " [" + bundle.getBundleId() + "])";
        doLog(level, text, throwable);
    }

    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        Level l = switch (level) {
            case LOG_ERROR -> Level.ERROR;
            case LOG_WARNING -> Level.WARNING;
            case LOG_INFO -> Level.INFO;
            default -> Level.DEBUG;
        };
        if (throwable != null) {
            LOG.log(l, msg, throwable);
        } else {
            LOG.log(l, msg);
        }
    }
}
