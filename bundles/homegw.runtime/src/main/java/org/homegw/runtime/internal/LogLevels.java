package org.homegw.runtime.internal;

import java.lang.System.Logger.Level;

import org.osgi.service.log.LogLevel;

/** Maps OSGi Log Service levels to {@code System.Logger} levels. */
final class LogLevels {

    private LogLevels() {
    }

    static Level toSystemLevel(LogLevel level) {
        return switch (level) {
            case AUDIT, INFO -> Level.INFO;
            case ERROR -> Level.ERROR;
            case WARN -> Level.WARNING;
            case DEBUG -> Level.DEBUG;
            case TRACE -> Level.TRACE;
        };
    }
}
