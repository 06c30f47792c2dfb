package org.homegw.diagnostics.internal.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small FTP server on 127.0.0.1 (ephemeral port) for the TR-143 tests, after the transfer
 * bundle's test server: USER/PASS (one account, or anyone), TYPE, SIZE, EPSV/PASV (PASV names a
 * foreign address on purpose), RETR, STOR, QUIT; files in memory. Faults: refuse USER, refuse
 * TYPE, offer no passive mode, send fewer bytes than SIZE said, stall a RETR until released.
 * Records every command.
 */
final class LabFtpServer implements AutoCloseable {

    private final ServerSocket control;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lab-ftp");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Integer> cutAfter = new ConcurrentHashMap<>();
    final List<String> commands = new CopyOnWriteArrayList<>();
    final AtomicLong stored = new AtomicLong();
    final CountDownLatch stalled = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile String user;
    volatile String password;
    volatile boolean refuseUser;
    volatile boolean refuseType;
    volatile boolean noPassive;
    volatile boolean noEpsv;
    volatile boolean storRefused;
    volatile String stallPath;

    LabFtpServer() throws IOException {
        control = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        executor.execute(this::acceptLoop);
    }

    String url(String userInfo, String path) {
        return "ftp://" + (userInfo == null ? "" : userInfo + "@") + "127.0.0.1:" + control.getLocalPort() + path;
    }

    void file(String path, byte[] content) {
        files.put(path, content);
    }

    byte[] stored(String path) {
        return files.get(path);
    }

    /** Every RETR of {@code path} sends at most {@code bytes} and still reports success. */
    void cut(String path, int bytes) {
        cutAfter.put(path, bytes);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        release.countDown();
        control.close();
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void acceptLoop() {
        while (!control.isClosed()) {
            try {
                Socket s = control.accept();
                executor.execute(() -> session(s));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void session(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                Writer out = new java.io.OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8)) {
            reply(out, "220-lab FTP server\r\n220 ready");
            String givenUser = null;
            boolean loggedIn = false;
            ServerSocket passive = null;
            for (String line; (line = in.readLine()) != null; ) {
                commands.add(line);
                String cmd = line.contains(" ") ? line.substring(0, line.indexOf(' ')) : line;
                String arg = line.contains(" ") ? line.substring(line.indexOf(' ') + 1) : "";
                String path = "/" + arg;
                if (cmd.equals("USER")) {
                    givenUser = arg;
                    reply(out, refuseUser ? "530 no such user" : "331 password please");
                } else if (cmd.equals("PASS")) {
                    loggedIn = user == null || (user.equals(givenUser) && password.equals(arg));
                    reply(out, loggedIn ? "230 logged in" : "530 login incorrect");
                } else if (cmd.equals("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else if (!loggedIn) {
                    reply(out, "530 not logged in");
                } else if (cmd.equals("TYPE")) {
                    reply(out, refuseType ? "504 type not supported" : "200 type set");
                } else if (cmd.equals("SIZE")) {
                    byte[] f = files.get(path);
                    reply(out, f == null ? "550 no such file" : "213 " + f.length);
                } else if (cmd.equals("EPSV") && !noPassive && !noEpsv) {
                    passive = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    reply(out, "229 Entering Extended Passive Mode (|||" + passive.getLocalPort() + "|)");
                } else if (cmd.equals("PASV") && !noPassive) {
                    passive = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    int p = passive.getLocalPort();
                    reply(out, "227 Entering Passive Mode (10,99,99,99," + (p / 256) + "," + (p % 256) + ")");
                } else if (cmd.equals("RETR") && passive != null) {
                    retr(out, passive, path);
                    passive = null;
                } else if (cmd.equals("STOR") && storRefused) {
                    reply(out, "553 not allowed to store here");
                } else if (cmd.equals("STOR") && passive != null) {
                    reply(out, "150 ok to send data");
                    try (ServerSocket ps = passive; Socket data = ps.accept(); InputStream d = data.getInputStream()) {
                        byte[] got = d.readAllBytes();
                        files.put(path, got);
                        stored.addAndGet(got.length);
                    }
                    passive = null;
                    reply(out, "226 transfer complete");
                } else {
                    reply(out, "502 command not implemented");
                }
            }
        } catch (IOException | InterruptedException gone) {
            // client went away or the server is closing
        }
    }

    private void retr(Writer out, ServerSocket passive, String path) throws IOException, InterruptedException {
        byte[] f = files.get(path);
        if (f == null) {
            reply(out, "550 no such file");
            return;
        }
        reply(out, "150 opening data connection");
        int limit = cutAfter.getOrDefault(path, Integer.MAX_VALUE);
        try (ServerSocket ps = passive; Socket data = ps.accept(); OutputStream d = data.getOutputStream()) {
            if (path.equals(stallPath)) {
                stalled.countDown();
                release.await();
                return;
            }
            d.write(f, 0, Math.min(f.length, limit));
        } catch (IOException e) {
            reply(out, "426 connection closed; transfer aborted");
            return;
        }
        reply(out, "226 transfer complete");
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }
}
