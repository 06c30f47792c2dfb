package org.homegw.transfer.internal.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small FTP server on 127.0.0.1 (ephemeral port) for tests: USER/PASS (one account, or anonymous),
 * TYPE, SIZE, MDTM, EPSV/PASV, REST, RETR, STOR, QUIT; files in memory. It can cut a RETR short
 * after a number of bytes and offer only PASV (no EPSV). Records every command.
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
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private volatile String user;
    private volatile String password;
    private volatile boolean epsv = true;

    public TestFtpServer() throws IOException {
        control = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        executor.execute(this::acceptLoop);
    }

    public URI uri(String path) {
        return URI.create("ftp://127.0.0.1:" + control.getLocalPort() + path);
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

    /** Every RETR of {@code path} sends at most {@code bytes}, then drops the data connection. */
    public void cut(String path, int bytes) {
        cutAfter.put(path, bytes);
    }

    public void withoutEpsv() {
        epsv = false;
    }

    public List<String> commands() {
        return List.copyOf(commands);
    }

    @Override
    public void close() throws IOException {
        control.close();
        executor.shutdownNow();
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
                switch (cmd) {
                    case "USER" -> {
                        givenUser = arg;
                        reply(out, "331 password please");
                    }
                    case "PASS" -> {
                        loggedIn = user == null || (user.equals(givenUser) && password.equals(arg));
                        reply(out, loggedIn ? "230 logged in" : "530 login incorrect");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> {
                        if (!loggedIn) {
                            reply(out, "530 not logged in");
                        } else if (cmd.equals("TYPE")) {
                            reply(out, "200 type set");
                        } else if (cmd.equals("SIZE")) {
                            byte[] f = files.get(path);
                            reply(out, f == null ? "550 no such file" : "213 " + f.length);
                        } else if (cmd.equals("MDTM")) {
                            reply(out, files.containsKey(path) ? "213 20261127080000" : "550 no such file");
                        } else if (cmd.equals("EPSV") && epsv) {
                            passive = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                            reply(out, "229 Entering Extended Passive Mode (|||" + passive.getLocalPort() + "|)");
                        } else if (cmd.equals("PASV")) {
                            passive = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                            int p = passive.getLocalPort();
                            // names another address on purpose: a client must connect to the control peer
                            reply(out, "227 Entering Passive Mode (10,99,99,99," + (p / 256) + "," + (p % 256) + ")");
                        } else if (cmd.equals("REST")) {
                            rest = Long.parseLong(arg);
                            reply(out, "350 restarting at " + rest);
                        } else if (cmd.equals("RETR") && passive != null) {
                            byte[] f = files.get(path);
                            if (f == null) {
                                reply(out, "550 no such file");
                            } else {
                                reply(out, "150 opening data connection");
                                int limit = cutAfter.getOrDefault(path, Integer.MAX_VALUE);
                                try (ServerSocket ps = passive; Socket data = ps.accept(); OutputStream d = data.getOutputStream()) {
                                    int from = (int) Math.min(rest, f.length);
                                    d.write(f, from, Math.min(f.length - from, limit));
                                }
                                reply(out, limit < f.length - rest ? "426 connection closed; transfer aborted"
                                        : "226 transfer complete");
                            }
                            passive = null;
                            rest = 0;
                        } else if (cmd.equals("STOR") && passive != null) {
                            reply(out, "150 ok to send data");
                            try (ServerSocket ps = passive; Socket data = ps.accept(); InputStream d = data.getInputStream()) {
                                files.put(path, d.readAllBytes());
                            }
                            passive = null;
                            reply(out, "226 transfer complete");
                        } else {
                            reply(out, "502 command not implemented");
                        }
                    }
                }
            }
        } catch (IOException gone) {
            // client went away
        }
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }
}
