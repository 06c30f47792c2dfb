package org.homegw.launcher.logging;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** A {@code System.Logger} that hands its records to the {@link LogDispatcher}. */
final class GatewayLogger implements System.Logger {

    private final String name;
    private final LogDispatcher dispatcher;

    GatewayLogger(String name, LogDispatcher dispatcher) {
        this.name = name;
        this.dispatcher = dispatcher;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isLoggable(Level level) {
        return dispatcher.isLoggable(name, level);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        if (isLoggable(level)) {
            dispatcher.log(name, level, localize(bundle, msg), thrown);
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (!isLoggable(level)) {
            return;
        }
        String pattern = localize(bundle, format);
        String message;
        if (params == null || params.length == 0) {
            message = pattern;
        } else {
            try {
                message = MessageFormat.format(pattern, params);
            } catch (IllegalArgumentException e) {
                // a malformed pattern must not lose the record
                message = pattern + " " + java.util.Arrays.toString(params);
            }
        }
        Throwable thrown = params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t
                ? t : null;
        dispatcher.log(name, level, message, thrown);
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {
        if (isLoggable(level)) {
            dispatcher.log(name, level, msgSupplier.get(), null);
        }
    }

    private static String localize(ResourceBundle bundle, String msg) {
        if (bundle != null && msg != null && bundle.containsKey(msg)) {
            return bundle.getString(msg);
        }
        return String.valueOf(msg);
    }
}
