package org.homegw.launcher.slf4j;

import java.lang.System.Logger.Level;

import org.slf4j.Marker;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** One SLF4J logger writing to the {@code System.Logger} of the same name. */
final class SystemLoggerAdapter extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final transient System.Logger target;

    SystemLoggerAdapter(String name, System.Logger target) {
        this.name = name;
        this.target = target;
    }

    @Override
    public boolean isTraceEnabled() {
        return target.isLoggable(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return target.isLoggable(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return target.isLoggable(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return target.isLoggable(Level.WARNING);
    }

    @Override
    public boolean isErrorEnabled() {
        return target.isLoggable(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(org.slf4j.event.Level level, Marker marker, String pattern,
            Object[] arguments, Throwable throwable) {
        Level l = toSystem(level);
        if (!target.isLoggable(l)) {
            return;
        }
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        if (throwable != null) {
            target.log(l, message, throwable);
        } else {
            target.log(l, message);
        }
    }

    static Level toSystem(org.slf4j.event.Level level) {
        return switch (level) {
            case ERROR -> Level.ERROR;
            case WARN -> Level.WARNING;
            case INFO -> Level.INFO;
            case DEBUG -> Level.DEBUG;
            case TRACE -> Level.TRACE;
        };
    }
}
