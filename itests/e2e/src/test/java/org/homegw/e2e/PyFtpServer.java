package org.homegw.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.rules.ExternalResource;

/**
 * A real FTP server for the gateway's FTP transfers: pyftpdlib (Debian package python3-pyftpdlib,
 * run by /usr/bin/python3) on 127.0.0.1 with an ephemeral port, one read-write account, serving a
 * directory. When the package is missing the server is unavailable and the FTP tests are skipped
 * (they say so); CI installs the package.
 */
final class PyFtpServer extends ExternalResource {

    static final String USER = "cpe-ftp";
    static final String PASSWORD = "ftp-e2e-pw";
    private static final String PYTHON = "/usr/bin/python3";
    private static final Pattern STARTED = Pattern.compile(">>> starting FTP server on 127\\.0\\.0\\.1:(\\d+)");

    private final Supplier<Path> root;
    private Process process;
    private Path log;
    private int port = -1;
    private String unavailable = "";

    PyFtpServer(Supplier<Path> root) {
        this.root = root;
    }

    @Override
    protected void before() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON)) || new ProcessBuilder(PYTHON, "-c", "import pyftpdlib")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() != 0) {
            unavailable = "pyftpdlib not installed (apt-get install python3-pyftpdlib)";
            return;
        }
        log = Files.createTempFile("pyftpdlib", ".log");
        process = new ProcessBuilder(List.of(PYTHON, "-m", "pyftpdlib", "-i", "127.0.0.1", "-p", "0", "-d",
                root.get().toString(), "-u", USER, "-P", PASSWORD, "-w")).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("pyftpdlib did not start: " + Files.readString(log, StandardCharsets.UTF_8));
    }

    @Override
    protected void after() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        if (log != null) {
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // a temp file
            }
        }
    }

    /** Why the server is not available, "" when it is. */
    String unavailable() {
        return unavailable;
    }

    String url(String name) {
        return "ftp://127.0.0.1:" + port + "/" + name;
    }
}
