package org.homegw.diagnostics.internal.ping;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.NoRouteToHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.homegw.diagnostics.internal.core.Cancellation;
import org.homegw.diagnostics.internal.net.Executables;

/**
 * Runs the system's ping (iputils syntax: -c count, -W timeout in seconds, -s size, -Q TOS) and parses
 * its output. Answers IOException when the command is absent or not permitted (exit status 2 without
 * replies, e.g. no raw-socket privilege), so the caller can fall back to the Java method.
 */
public final class SystemPing implements PingMethod {

    private final String command;

    /** {@code command}: a program name looked up on PATH and the system directories, or an absolute path. */
    public SystemPing(String command) {
        this.command = command;
    }

    @Override
    public String name() {
        return "system ping (" + command + ")";
    }

    /** The executable, if present. */
    public Optional<Path> executable() {
        return Executables.find(command);
    }

    /** The command line for a request (iputils options). */
    List<String> commandLine(Path exe, PingRequest r) {
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.add(r.target() instanceof Inet6Address ? "-6" : "-4");
        cmd.add("-n");
        cmd.addAll(List.of("-c", Integer.toString(r.repetitions())));
        // -W takes whole seconds in older iputils: round the per-echo timeout up
        cmd.addAll(List.of("-W", Integer.toString(Math.max(1, (r.timeoutMillis() + 999) / 1000))));
        cmd.addAll(List.of("-s", Integer.toString(r.dataBlockSize())));
        if (r.dscp() != 0) {
            cmd.addAll(List.of("-Q", Integer.toString(r.dscp() << 2)));
        }
        if (r.source() != null) {
            cmd.addAll(List.of("-I", r.source().getHostAddress()));
        }
        cmd.add(r.target().getHostAddress());
        return cmd;
    }

    @Override
    public PingReplies ping(PingRequest request, Cancellation cancel) throws IOException, InterruptedException {
        Path exe = executable().orElseThrow(() -> new IOException(command + " not found"));
        Process process = new ProcessBuilder(commandLine(exe, request)).redirectErrorStream(true).start();
        java.io.Closeable kill = process::destroyForcibly;
        cancel.register(kill);
        try (InputStream out = process.getInputStream()) {
            String output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            cancel.check();
            PingReplies replies = PingOutputParser.parse(output, request.repetitions());
            if (replies.successes() == 0 && PingOutputParser.saysUnreachable(output)) {
                throw new NoRouteToHostException(firstLine(output));
            }
            if (status > 1 && replies.successes() == 0) {
                throw new IOException(command + " exited with " + status + ": " + firstLine(output));
            }
            return replies;
        } finally {
            cancel.unregister(kill);
            process.destroyForcibly();
        }
    }

    private static String firstLine(String output) {
        String trimmed = output.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl);
    }
}
