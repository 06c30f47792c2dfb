package org.homegw.runtime.internal;

import java.lang.System.Logger.Level;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Routes OSGi Log Service entries (SCR, Config Admin, FileInstall, bundles using LogService) to
 * {@code System.Logger}, which the launcher sends to the gateway's log file and console: one log
 * for everything.
 */
@Component(immediate = true, service = {})
public final class OsgiLogBridge implements LogListener {

    /** Logger name the Log Service gives to entries made through the old {@code LogService.log} calls. */
    private static final String LEGACY_LOGGER = "LogService";

    private final LogReaderService reader;

    /**
     * The Log Service is optional: the gateway ships Felix Log, but a container such as Karaf
     * brings its own logging and may not advertise a LogReaderService capability.
     */
    @Activate
    public OsgiLogBridge(@Reference(cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY) LogReaderService reader) {
        this.reader = reader;
        if (reader != null) {
            reader.addLogListener(this);
        }
    }

    @Deactivate
    void deactivate() {
        if (reader != null) {
            reader.removeLogListener(this);
        }
    }

    @Override
    public void logged(LogEntry entry) {
        String bsn = entry.getBundle() == null ? null : entry.getBundle().getSymbolicName();
        String name = loggerName(entry.getLoggerName(), bsn);
        if (!forwarded(name, entry.getLogLevel())) {
            return;
        }
        Level level = LogLevels.toSystemLevel(entry.getLogLevel());
        System.Logger logger = System.getLogger(name);
        if (!logger.isLoggable(level)) {
            return;
        }
        if (entry.getException() != null) {
            logger.log(level, entry.getMessage(), entry.getException());
        } else {
            logger.log(level, entry.getMessage());
        }
    }

    /** Entries made through the old LogService calls are named after their bundle. */
    static String loggerName(String loggerName, String bundleSymbolicName) {
        if (loggerName == null || loggerName.isEmpty() || LEGACY_LOGGER.equals(loggerName)) {
            return bundleSymbolicName == null ? "osgi" : bundleSymbolicName;
        }
        return loggerName;
    }

    /**
     * The Log Service also logs every bundle/service/framework event ("Events.*" loggers);
     * BundleEventLogger already reports bundle life cycles, so only events that signal a problem
     * (WARN, ERROR) are kept.
     */
    static boolean forwarded(String loggerName, LogLevel level) {
        return !loggerName.startsWith("Events.") || !level.implies(LogLevel.INFO);
    }
}
