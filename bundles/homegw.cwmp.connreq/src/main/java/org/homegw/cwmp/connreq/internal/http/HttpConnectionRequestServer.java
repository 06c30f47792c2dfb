package org.homegw.cwmp.connreq.internal.http;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.homegw.cwmp.connreq.internal.Credentials;
import org.homegw.cwmp.connreq.internal.SessionTrigger;

/**
 * The HTTP Connection Request listener: a small HTTP/1.1 server on a {@link ServerSocket} built to
 * survive floods. A fixed pool of workers with a short queue serves connections; when both are full
 * the acceptor answers 503 and closes at once, as it does for a peer that already holds half the
 * workers. Each connection has read timeouts, a deadline per
 * request head, size limits and at most a few requests; bodies are never read.
 */
public final class HttpConnectionRequestServer implements Closeable {

    private static final System.Logger LOG = System.getLogger(HttpConnectionRequestServer.class.getName());

    /** Listener settings. {@code port} 0 picks an ephemeral port (tests). */
    public record Settings(InetAddress bindAddress, int port, String path, String realm, boolean allowBasic,
            Duration nonceLifetime, int workers, int queue, Duration readTimeout, int maxRequestsPerConnection) {

        public static Settings defaults(InetAddress bindAddress, int port, String path) {
            return new Settings(bindAddress, port, path, "homegw", false, Duration.ofMinutes(5), 4, 16,
                    Duration.ofSeconds(5), 8);
        }

        public Settings withAllowBasic(boolean allow) {
            return new Settings(bindAddress, port, path, realm, allow, nonceLifetime, workers, queue, readTimeout,
                    maxRequestsPerConnection);
        }

        public Settings withWorkers(int w, Duration timeout) {
            return new Settings(bindAddress, port, path, realm, allowBasic, nonceLifetime, w, queue, timeout,
                    maxRequestsPerConnection);
        }
    }

    /** Bounds the nonce table: a flood of challenges forgets old nonces instead of growing. */
    private static final int NONCE_CAPACITY = 512;

    private final Settings settings;
    private final ConnectionRequestHandler handler;
    private final NonceTable nonces;
    private final ThreadPoolExecutor workers;
    private final ServerSocket serverSocket;
    private final Thread acceptor;
    private final AtomicInteger overloaded = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    /** Connections held per peer address; entries go away at zero, so the map is bounded by the pool. */
    private final ConcurrentHashMap<InetAddress, Integer> perPeer = new ConcurrentHashMap<>();
    private final int maxPerPeer;
    private volatile boolean closed;

    /** Binds the socket and starts accepting; throws if the address or port cannot be bound. */
    public HttpConnectionRequestServer(Settings settings, Supplier<Credentials> credentials, SessionTrigger trigger,
            Clock clock) throws IOException {
        this.settings = settings;
        // one slow or flooding peer can hold at most half the workers, leaving the rest for the ACS
        this.maxPerPeer = Math.max(1, settings.workers() / 2);
        SecureRandom random = nonceRandom();
        this.nonces = new NonceTable(NONCE_CAPACITY, settings.nonceLifetime(), clock, random);
        DigestAuthenticator authenticator = new DigestAuthenticator(settings.realm(), nonces, settings.allowBasic(),
                random);
        this.handler = new ConnectionRequestHandler("/" + settings.path(), authenticator, credentials, trigger);
        AtomicInteger threadCount = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queue()), r -> {
                    Thread t = new Thread(r, "homegw-connreq-http-" + threadCount.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        workers.allowCoreThreadTimeOut(true);
        ServerSocket ss = new ServerSocket();
        try {
            ss.setReuseAddress(true);
            ss.bind(new InetSocketAddress(settings.bindAddress(), settings.port()), 64);
        } catch (IOException e) {
            ss.close();
            workers.shutdownNow();
            throw e;
        }
        this.serverSocket = ss;
        this.acceptor = new Thread(this::acceptLoop, "homegw-connreq-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.log(System.Logger.Level.INFO, "HTTP Connection Request listener on {0}", ss.getLocalSocketAddress());
    }

    /**
     * DRBG (NIST SP 800-90A, seeded once from the system): the default NativePRNG mixes in fresh
     * /dev/urandom bytes under a global lock, a system call for most of the two nonces of every
     * challenge.
     */
    private static SecureRandom nonceRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Connections answered 503 because every worker and queue slot was busy, or the peer held too many. */
    public int overloadedCount() {
        return overloaded.get();
    }

    int nonceCount() {
        return nonces.size();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "accept failed", e);
                    pause(); // e.g. out of file descriptors: do not spin
                }
                continue;
            }
            InetAddress peer = socket.getInetAddress();
            if (perPeer.merge(peer, 1, Integer::sum) > maxPerPeer) {
                release(peer);
                overloaded.incrementAndGet();
                refuseOverloaded(socket);
                continue;
            }
            // tracked from here so close() also closes connections still waiting in the queue
            open.add(socket);
            try {
                AtomicBoolean slotHeld = new AtomicBoolean(true);
                Runnable releaseSlot = () -> {
                    if (slotHeld.getAndSet(false)) {
                        release(peer);
                    }
                };
                workers.execute(() -> {
                    try {
                        serve(socket, releaseSlot);
                    } finally {
                        releaseSlot.run();
                    }
                });
            } catch (RejectedExecutionException e) {
                open.remove(socket);
                release(peer);
                overloaded.incrementAndGet();
                refuseOverloaded(socket);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void release(InetAddress peer) {
        perPeer.computeIfPresent(peer, (k, n) -> n <= 1 ? null : n - 1);
    }

    private void refuseOverloaded(Socket socket) {
        try (socket) {
            // a few bytes fit any fresh socket's send buffer, so this write does not block the acceptor
            socket.getOutputStream().write(HttpResponse.of(503).closing().encode());
        } catch (IOException ignored) {
            // the peer is gone; nothing to tell it
        }
    }

    private void serve(Socket socket, Runnable releaseSlot) {
        String peer = String.valueOf(socket.getRemoteSocketAddress());
        try (socket) {
            if (closed) {
                return;
            }
            socket.setSoTimeout((int) settings.readTimeout().toMillis());
            socket.setTcpNoDelay(true);
            HttpRequestReader reader = new HttpRequestReader(new BufferedInputStream(socket.getInputStream(), 1024),
                    HttpRequestReader.Limits.DEFAULT);
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < settings.maxRequestsPerConnection() && !closed; i++) {
                HttpRequestHead request;
                try {
                    request = reader.read();
                } catch (BadRequestException e) {
                    LOG.log(System.Logger.Level.DEBUG, "bad request from {0}: {1}", peer, e.getMessage());
                    releaseSlot.run();
                    out.write(HttpResponse.of(e.status()).closing().encode());
                    return;
                }
                if (request == null) {
                    return;
                }
                ConnectionRequestHandler.Reply reply = handler.handle(request, peer);
                boolean close = !request.keepAlive() || request.hasBody()
                        || i == settings.maxRequestsPerConnection() - 1 || reply.response().close();
                HttpResponse response = close ? reply.response().closing() : reply.response();
                if (close) {
                    // free the peer's slot before it can read the answer, so a client that connects again
                    // right after reading it is never refused because we had not finished closing
                    releaseSlot.run();
                }
                out.write(response.encode());
                out.flush();
                reply.afterSend().run();
                if (close) {
                    return;
                }
            }
        } catch (SocketTimeoutException e) {
            LOG.log(System.Logger.Level.DEBUG, "connection from {0} timed out", peer);
        } catch (SocketException e) {
            LOG.log(System.Logger.Level.DEBUG, "connection from {0} reset: {1}", peer, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "connection from " + peer + " failed", e);
        } finally {
            open.remove(socket);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing listener", e);
        }
        workers.shutdownNow();
        // blocked socket reads ignore interrupts: closing the sockets releases the workers
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already closing
            }
        }
        try {
            acceptor.join(2000);
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
