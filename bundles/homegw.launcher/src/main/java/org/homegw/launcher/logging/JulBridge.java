package org.homegw.launcher.logging;

import java.lang.System.Logger.Level;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends {@code java.util.logging} records (JLine, the JDK's own classes, libraries that use JUL)
 * to {@code System.Logger}, so they end up in the gateway log like everything else.
 */
public final class JulBridge extends Handler {

    private final SimpleFormatter formatter = new SimpleFormatter();

    private JulBridge() {
    }

    /** Replaces JUL's console handler by the bridge; JUL's threshold follows the root level. */
    public static void install(LogConfig config) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(toJul(config.rootLevel()));
        root.addHandler(new JulBridge());
    }

    @Override
    public void publish(LogRecord record) {
        String name = record.getLoggerName() == null ? "jul" : record.getLoggerName();
        System.Logger logger = System.getLogger(name);
        Level level = toSystem(record.getLevel());
        if (logger.isLoggable(level)) {
            logger.log(level, formatter.formatMessage(record), record.getThrown());
        }
    }

    @Override
    public void flush() {
        // System.Logger writes through at once
    }

    @Override
    public void close() {
        // nothing held
    }

    static Level toSystem(java.util.logging.Level level) {
        int v = level.intValue();
        if (v >= java.util.logging.Level.SEVERE.intValue()) {
            return Level.ERROR;
        } else if (v >= java.util.logging.Level.WARNING.intValue()) {
            return Level.WARNING;
        } else if (v >= java.util.logging.Level.INFO.intValue()) {
            return Level.INFO;
        } else if (v >= java.util.logging.Level.FINE.intValue()) {
            return Level.DEBUG;
        }
        return Level.TRACE;
    }

    static java.util.logging.Level toJul(Level level) {
        return switch (level) {
            case OFF -> java.util.logging.Level.OFF;
            case ERROR -> java.util.logging.Level.SEVERE;
            case WARNING -> java.util.logging.Level.WARNING;
            case INFO -> java.util.logging.Level.INFO;
            case DEBUG -> java.util.logging.Level.FINE;
            case TRACE -> java.util.logging.Level.FINER;
            case ALL -> java.util.logging.Level.ALL;
        };
    }
}
