package org.homegw.launcher.logging;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formats log records and writes them to the console and, once {@link #configure} has named a
 * log directory, to the rotating log file. Thread-safe; one per launcher process.
 */
public final class LogDispatcher {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final PrintStream console;
    private final Map<String, Level> thresholds = new ConcurrentHashMap<>();
    private volatile LogConfig config = LogConfig.DEFAULT;
    private volatile RotatingFileSink file;

    public LogDispatcher(Clock clock, PrintStream console) {
        this.clock = clock;
        this.console = console;
    }

    /**
     * Applies new settings and (re)opens the log file under {@code logDir}. Called by the launcher
     * before every framework start, so a reboot picks up an edited {@code logging.properties}.
     */
    public synchronized void configure(LogConfig newConfig, Path logDir) throws IOException {
        RotatingFileSink old = file;
        file = logDir == null ? null : new RotatingFileSink(logDir, newConfig.fileMaxBytes(), newConfig.fileCount());
        config = newConfig;
        thresholds.clear();
        if (old != null) {
            old.close();
        }
    }

    /** Closes the log file; later records go to the console only. */
    public synchronized void closeFile() throws IOException {
        RotatingFileSink old = file;
        file = null;
        if (old != null) {
            old.close();
        }
    }

    public LogConfig config() {
        return config;
    }

    boolean isLoggable(String name, Level level) {
        if (level == Level.OFF) {
            return false;
        }
        Level threshold = thresholds.computeIfAbsent(name, n -> config.thresholdOf(n));
        return level.getSeverity() >= threshold.getSeverity();
    }

    void log(String name, Level level, String message, Throwable thrown) {
        StringBuilder line = new StringBuilder(128)
                .append(TIME.format(clock.instant())).append(' ')
                .append(label(level)).append(" [")
                .append(Thread.currentThread().getName()).append("] ")
                .append(name).append(" - ")
                .append(message).append('\n');
        if (thrown != null) {
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        String text = line.toString();
        if (level.getSeverity() >= config.consoleLevel().getSeverity()) {
            console.print(text);
            console.flush();
        }
        RotatingFileSink sink = file;
        if (sink != null) {
            try {
                sink.write(text);
            } catch (IOException e) {
                console.println("homegw: cannot write log file " + sink.current() + ": " + e);
            }
        }
    }

    private static String label(Level level) {
        return switch (level) {
            case WARNING -> "WARN ";
            case ERROR -> "ERROR";
            case INFO -> "INFO ";
            case DEBUG -> "DEBUG";
            default -> "TRACE";
        };
    }
}
