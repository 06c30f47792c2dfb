package org.homegw.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
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
 * A small FTP server on 127.0.0.1 (ephemeral port) for tests: USER/PASS (one account, or anyone,
 * including anonymous), TYPE, SIZE, MDTM, EPSV/PASV (PASV names a foreign address on purpose), REST,
 * RETR, STOR, QUIT; files in memory. Records every command.
 *
 * <p>Faults: refuse USER, TYPE or STOR; offer no EPSV or no passive mode at all; cut a RETR short
 * (reported as aborted, {@link #cut}, or as complete, {@link #shorten}); stall a RETR until the
 * server closes.
 */
public final class TestFtpServer implements AutoCloseable {

    private final ServerSocket control;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-ftp");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Integer> cutAfter = new ConcurrentHashMap<>();
    private final Map<String, Integer> shortAfter = new ConcurrentHashMap<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final AtomicLong storedBytes = new AtomicLong();
    private final CountDownLatch stalled = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile String user;
    private volatile String password;
    private volatile boolean epsv = true;
    private volatile boolean passiveMode = true;
    private volatile boolean refuseUser;
    private volatile boolean refuseType;
    private volatile boolean refuseStor;
    private volatile String stallPath;

    public TestFtpServer() throws IOException {
        control = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        executor.execute(this::acceptLoop);
    }

    public URI uri(String path) {
        return URI.create(url(null, path));
    }

    /** The URL of {@code path}, with {@code userInfo} (already percent-encoded) when not null. */
    public String url(String userInfo, String path) {
        return "ftp://" + (userInfo == null ? "" : userInfo + "@") + "127.0.0.1:" + control.getLocalPort() + path;
    }

    /** Only this account may log in (default: anyone, including anonymous). */
    public void account(String u, String p) {
        user = u;
        password = p;
    }

    public void file(String path, byte[] content) {
        files.put(path, content);
    }

    public byte[] stored(String path) {
        return files.get(path);
    }

    /** Bytes received by every STOR so far. */
    public long storedBytes() {
        return storedBytes.get();
    }

    /** Every RETR of {@code path} sends at most {@code bytes}, then reports the transfer aborted (426). */
    public void cut(String path, int bytes) {
        cutAfter.put(path, bytes);
    }

    /** Every RETR of {@code path} sends at most {@code bytes} and still reports success (226). */
    public void shorten(String path, int bytes) {
        shortAfter.put(path, bytes);
    }

    /** RETR of {@code path} opens the data connection and sends nothing until the server closes. */
    public void stall(String path) {
        stallPath = path;
    }

    /** Waits until a RETR has stalled (see {@link #stall}). */
    public boolean awaitStalled(long timeout, TimeUnit unit) throws InterruptedException {
        return stalled.await(timeout, unit);
    }

    public void withoutEpsv() {
        epsv = false;
    }

    /** Neither EPSV nor PASV is offered. */
    public void withoutPassive() {
        passiveMode = false;
    }

    public void refuseUser() {
        refuseUser = true;
    }

    public void refuseType() {
        refuseType = true;
    }

    public void refuseStor() {
        refuseStor = true;
    }

    public List<String> commands() {
        return List.copyOf(commands);
    }

    @Override
    public void close() throws IOException {
        release.countDown();
        control.close();
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
                Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8)) {
            reply(out, "220-test FTP server\r\n220 ready");
            String givenUser = null;
            boolean loggedIn = false;
            long rest = 0;
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
                } else if (cmd.equals("MDTM")) {
                    reply(out, files.containsKey(path) ? "213 20261127080000" : "550 no such file");
                } else if (cmd.equals("EPSV") && passiveMode && epsv) {
                    passive = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    reply(out, "229 Entering Extended Passive Mode (|||" + passive.getLocalPort() + "|)");
                } else if (cmd.equals("PASV") && passiveMode) {
                    passive = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    int p = passive.getLocalPort();
                    // names another address on purpose: a client must connect to the control peer
                    reply(out, "227 Entering Passive Mode (10,99,99,99," + (p / 256) + "," + (p % 256) + ")");
                } else if (cmd.equals("REST")) {
                    rest = Long.parseLong(arg);
                    reply(out, "350 restarting at " + rest);
                } else if (cmd.equals("RETR") && passive != null) {
                    retr(out, passive, path, rest);
                    passive = null;
                    rest = 0;
                } else if (cmd.equals("STOR") && refuseStor) {
                    reply(out, "553 not allowed to store here");
                } else if (cmd.equals("STOR") && passive != null) {
                    reply(out, "150 ok to send data");
                    try (ServerSocket ps = passive; Socket data = ps.accept(); InputStream d = data.getInputStream()) {
                        byte[] got = d.readAllBytes();
                        files.put(path, got);
                        storedBytes.addAndGet(got.length);
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

    private void retr(Writer out, ServerSocket passive, String path, long rest) throws IOException, InterruptedException {
        byte[] f = files.get(path);
        if (f == null) {
            passive.close();
            reply(out, "550 no such file");
            return;
        }
        reply(out, "150 opening data connection");
        int from = (int) Math.min(rest, f.length);
        int cut = cutAfter.getOrDefault(path, Integer.MAX_VALUE);
        int limit = Math.min(cut, shortAfter.getOrDefault(path, Integer.MAX_VALUE));
        try (ServerSocket ps = passive; Socket data = ps.accept(); OutputStream d = data.getOutputStream()) {
            if (path.equals(stallPath)) {
                stalled.countDown();
                release.await();
                return;
            }
            d.write(f, from, Math.min(f.length - from, limit));
        } catch (IOException e) {
            reply(out, "426 connection closed; transfer aborted");
            return;
        }
        reply(out, cut < f.length - from ? "426 connection closed; transfer aborted" : "226 transfer complete");
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }
}
