package org.homegw.adapter.voip.internal.sip;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.Assume;

/**
 * Kamailio (Debian package "kamailio") as a registrar on 127.0.0.1 and a free UDP port, challenging
 * with Digest and accepting one password for everyone. Tests are skipped when it is not installed.
 */
final class LocalKamailio implements AutoCloseable {

    static final String PASSWORD = "s3cret";
    private static final Path KAMAILIO = Path.of("/usr/sbin/kamailio");
    private static final Path MODULES = Path.of("/usr/lib/x86_64-linux-gnu/kamailio/modules");

    private final Process process;
    private final int port;

    private LocalKamailio(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LocalKamailio start(Path dir) throws IOException {
        Assume.assumeTrue("kamailio not installed", Files.isExecutable(KAMAILIO) && Files.isDirectory(MODULES));
        int port;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path cfg = Files.writeString(dir.resolve("kamailio.cfg"), String.join("\n",
                "#!KAMAILIO",
                "debug=1",
                "log_stderror=yes",
                "fork=no",
                "children=1",
                "listen=udp:127.0.0.1:" + port,
                "mpath=\"" + MODULES + "/\"",
                "loadmodule \"tm.so\"", "loadmodule \"sl.so\"", "loadmodule \"pv.so\"", "loadmodule \"usrloc.so\"",
                "loadmodule \"registrar.so\"", "loadmodule \"auth.so\"", "loadmodule \"siputils.so\"",
                "loadmodule \"textops.so\"",
                "request_route {",
                "  if (!is_method(\"REGISTER\")) { sl_send_reply(\"405\", \"Method Not Allowed\"); exit; }",
                "  if (!pv_www_authenticate(\"$td\", \"" + PASSWORD + "\", \"0\")) { www_challenge(\"$td\", \"0\"); exit; }",
                "  if (!save(\"location\")) { sl_reply_error(); }",
                "  exit;",
                "}", ""));
        Process p = new ProcessBuilder(KAMAILIO.toString(), "-f", cfg.toString(), "-DD", "-E", "-Y", dir.toString(),
                "-P", dir.resolve("kamailio.pid").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("kamailio.log").toFile()).start();
        return new LocalKamailio(p, port);
    }

    InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
