package org.homegw.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The assembled distribution's {@code bin/homegw}, run as a child process with {@code --no-shell}
 * against an ACS URL. Its console output goes to a file (kept in the state directory's parent, so a
 * failing test can print it). {@code bin/homegw} execs the JVM, so {@link #pid()} is the gateway JVM.
 */
public final class GatewayProcess implements AutoCloseable {

    /** How long a SIGTERM'ed gateway may take to exit. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final Path outputFile;

    private GatewayProcess(Process process, Path outputFile) {
        this.process = process;
        this.outputFile = outputFile;
    }

    /** The distribution directory, from the system property the module's pom sets. */
    public static Path distributionDir() {
        String dir = System.getProperty("homegw.distribution.dir");
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("system property homegw.distribution.dir is not set");
        }
        Path home = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isExecutable(home.resolve("bin/homegw"))) {
            throw new IllegalStateException(home + "/bin/homegw not found: build the distribution first"
                    + " (mvn -B -o -q install -DskipTests)");
        }
        return home;
    }

    /**
     * The command line the tests use: no shell, its own state directory, the ACS, a Connection Request
     * listener on {@code crPort} with credentials u/p, no periodic Informs, then {@code extraSets}
     * as further {@code --set PATH=VALUE} options.
     */
    public static List<String> command(Path launcher, Path stateDir, URI acsUrl, int crPort, List<String> extraSets) {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString(),
                "--no-shell", "--state-dir", stateDir.toString(), "--acs-url", acsUrl.toString(),
                "--cr-port", Integer.toString(crPort), "--cr-username", "u", "--cr-password", "p",
                "--set", "Device.ManagementServer.PeriodicInformEnable=false"));
        for (String set : extraSets) {
            cmd.add("--set");
            cmd.add(set);
        }
        return cmd;
    }

    /** Starts the command with output (stdout and stderr) appended to {@code outputFile}. */
    public static GatewayProcess start(List<String> command, Path outputFile) {
        return start(command, outputFile, java.util.Map.of());
    }

    /** The same, with extra environment variables (e.g. HOMEGW_JAVA_OPTS, which bin/homegw appends). */
    public static GatewayProcess start(List<String> command, Path outputFile, java.util.Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(outputFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            return new GatewayProcess(pb.start(), outputFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM and returns the exit code (throws when the gateway does not exit in time). */
    public int stop() {
        process.destroy();
        return awaitExit(STOP_TIMEOUT);
    }

    /** kill -9: no shutdown hook, no clean session end. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    private int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("homegw did not exit within " + timeout + "; output:\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted while waiting for homegw to exit", e);
        }
    }

    /** Everything the gateway printed so far. */
    public String output() {
        try {
            return Files.readString(outputFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + outputFile + ": " + e + ")";
        }
    }

    /** Makes sure the process is gone (for cleanup paths); a normal test calls {@link #stop()} and checks 0. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
