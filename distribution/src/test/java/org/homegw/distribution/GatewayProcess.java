package org.homegw.distribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs {@code bin/homegw} of a private copy of the assembled distribution (so tests never change
 * the build output) and collects its console output line by line.
 */
final class GatewayProcess implements AutoCloseable {

    private final Path home;
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private GatewayProcess(Path home, Process process) {
        this.home = home;
        this.process = process;
        this.reader = new Thread(this::readOutput, "homegw-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Copies the distribution built by this module into {@code dir}. */
    static Path copyDistribution(Path dir) throws IOException {
        Path source = Path.of(System.getProperty("homegw.distribution.dir", "target/homegw"));
        if (!Files.isExecutable(source.resolve("bin/homegw"))) {
            throw new IllegalStateException(source + " has no executable bin/homegw: run the package phase first");
        }
        Path target = dir.resolve("homegw");
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : all.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    static GatewayProcess start(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/homegw").toString());
        command.addAll(List.of(args));
        if (command.contains("--no-shell") && !command.contains("--cr-port")) {
            // never the default 7547: tests must not collide with each other or a real listener
            command.add("--cr-port");
            command.add(Integer.toString(freePort()));
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return new GatewayProcess(home, pb.start());
    }

    /** A TCP port that was free on 127.0.0.1 a moment ago. */
    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    Path home() {
        return home;
    }

    private void readOutput() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println("[homegw] " + line);
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Waits for the n-th (1-based) line matching, and returns it; fails after the timeout. */
    String awaitLine(Predicate<String> match, int occurrence, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (true) {
                int seen = 0;
                for (String l : lines) {
                    if (match.test(l) && ++seen == occurrence) {
                        return l;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    throw new AssertionError("no line #" + occurrence + " as expected within " + timeout + "; output:\n"
                            + String.join("\n", lines));
                }
                lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    String awaitLine(String contains, Duration timeout) throws InterruptedException {
        return awaitLine(l -> l.contains(contains), 1, timeout);
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /**
     * Sends SIGTERM and returns the exit code. Through the ProcessHandle: Process.destroy() would
     * also close our end of the output pipe and lose the gateway's last lines.
     */
    int terminate(Duration timeout) throws InterruptedException {
        process.toHandle().destroy();
        return exitCode(timeout);
    }

    int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("homegw did not exit within " + timeout + "; output:\n" + output());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(5_000);
    }
}
