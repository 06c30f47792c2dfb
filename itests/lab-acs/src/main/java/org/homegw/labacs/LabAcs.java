package org.homegw.labacs;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.net.ssl.SSLParameters;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.labacs.auth.AuthPolicy;
import org.homegw.labacs.auth.Credentials;
import org.homegw.labacs.auth.HttpAuthenticator;
import org.homegw.labacs.connreq.ConnectionRequestResult;
import org.homegw.labacs.connreq.ConnectionRequestSender;
import org.homegw.labacs.connreq.UdpConnectionRequest;
import org.homegw.labacs.fault.FaultInjector;
import org.homegw.labacs.fault.FaultRule;
import org.homegw.labacs.files.FileFault;
import org.homegw.labacs.files.FileServer;
import org.homegw.labacs.files.UploadedFile;
import org.homegw.labacs.rest.RestApi;

/**
 * A small, real ACS for the lab and for end-to-end tests: the CWMP endpoint ({@code /acs}), a file
 * server ({@code /files/}, {@code /upload/}) and a loopback REST API ({@code /api/}) on one HTTP
 * server. Start with {@link #start(LabAcsConfig)}, close with {@link #close()}.
 *
 * <pre>{@code
 * try (LabAcs acs = LabAcs.start(LabAcsConfig.builder().build())) {
 *     // point the CPE at acs.url()
 *     LogEntry.InformReceived boot = acs.awaitInform("SN123", i -> i.hasEvent("1 BOOT"), Duration.ofSeconds(30));
 *     PendingRpc gpv = acs.queue("SN123", new GetParameterValues(List.of("Device.DeviceInfo.")));
 *     acs.sendConnectionRequest("SN123");
 *     GetParameterValuesResponse r = acs.awaitResponse(gpv, Duration.ofSeconds(30))
 *             .response(GetParameterValuesResponse.class);
 * }
 * }</pre>
 */
public final class LabAcs implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LabAcs.class.getName());
    private static final int LOG_CAPACITY = 200_000;

    private final LabAcsConfig config;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService sweeper;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AcsLog log;
    private final RpcQueue queue = new RpcQueue();
    private final DeviceRegistry registry = new DeviceRegistry();
    private final CpeRequestAnswers answers = new CpeRequestAnswers();
    private final FaultInjector faults = new FaultInjector();
    private final SessionTable sessions;
    private final FileServer files;
    private final ConnectionRequests connectionRequests;

    static {
        // The JDK server leaves Nagle on by default; its split header/body writes then meet the client's
        // delayed ACK and every exchange waits ~40 ms. Read once, when the JDK server classes load.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private LabAcs(LabAcsConfig config) throws IOException {
        this.config = config;
        this.log = new AcsLog(config.clock(), LOG_CAPACITY);
        this.sessions = new SessionTable(config.clock(), config.sessionTimeout(), log);
        this.connectionRequests = new ConnectionRequests(
                new ConnectionRequestSender(Duration.ofSeconds(10), config.allowRemoteConnectionRequests()),
                new UdpConnectionRequest(config.clock(), config.allowRemoteConnectionRequests()), registry,
                this::device, config.connectionRequestCredentials(), log);
        HttpAuthenticator deviceAuth = new HttpAuthenticator(config.deviceAuth(), config.clock(), Duration.ofMinutes(5));
        // a 401 loop needs a challenge even when devices are not authenticated
        HttpAuthenticator loopAuth = config.deviceAuth().scheme() == org.homegw.labacs.auth.AuthScheme.NONE
                ? new HttpAuthenticator(AuthPolicy.digest("lab", "loop"), config.clock(), Duration.ofMinutes(5))
                : deviceAuth;
        AtomicInteger threadNumber = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(config.threads(), config.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1024), r -> {
                    Thread t = new Thread(r, "lab-acs-http-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.workers.allowCoreThreadTimeOut(true);
        SessionDialog dialog = new SessionDialog(log, queue, registry, answers, config.maxEnvelopes(),
                config.pipelineDepth(), config.clock());
        CwmpEndpoint cwmp = new CwmpEndpoint(sessions, dialog,
                new VersionNegotiator(config.versions(), config.versionHeaders()), deviceAuth, faults,
                new FaultResponder(loopAuth, config.hangLimit(), closing), log, config.gzipResponses(),
                config.closeConnections());
        this.files = new FileServer(LabAcsConfig.FILES_PATH, config.filesDir(), LabAcsConfig.UPLOAD_PATH,
                config.uploadsDir(), config.maxUploadBytes(),
                new HttpAuthenticator(config.fileAuth(), config.clock(), Duration.ofMinutes(5)), config.clock());
        this.server = createServer(config);
        server.setExecutor(workers);
        server.createContext(LabAcsConfig.CWMP_PATH, cwmp);
        if (config.filesDir() != null) {
            server.createContext(LabAcsConfig.FILES_PATH, files);
        }
        if (config.uploadsDir() != null) {
            server.createContext(LabAcsConfig.UPLOAD_PATH, files);
        }
        server.createContext(LabAcsConfig.API_PATH, new RestApi(this));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lab-acs-sessions");
            t.setDaemon(true);
            return t;
        });
    }

    private static HttpServer createServer(LabAcsConfig config) throws IOException {
        InetSocketAddress address = new InetSocketAddress(config.bindAddress(), config.port());
        if (config.tls() == null) {
            return HttpServer.create(address, 64);
        }
        HttpsServer https = HttpsServer.create(address, 64);
        https.setHttpsConfigurator(new HttpsConfigurator(config.tls()) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = config.tls().getDefaultSSLParameters();
                p.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                p.setNeedClientAuth(config.requireClientCertificate());
                params.setSSLParameters(p);
            }
        });
        return https;
    }

    /** Starts an ACS; it listens until {@link #close()}. */
    public static LabAcs start(LabAcsConfig config) throws IOException {
        LabAcs acs = new LabAcs(config);
        acs.server.start();
        acs.sweeper.scheduleWithFixedDelay(acs.sessions::expire, 1, 1, TimeUnit.SECONDS);
        LOG.log(System.Logger.Level.INFO, "lab ACS listening on {0}", acs.url());
        return acs;
    }

    public LabAcsConfig config() {
        return config;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The ACS URL to give a CPE (ManagementServer.URL): {@code http://host:port/acs}. */
    public URI url() {
        return baseUri().resolve(LabAcsConfig.CWMP_PATH);
    }

    /** {@code http://host:port/}. */
    public URI baseUri() {
        String host = server.getAddress().getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create((config.tls() == null ? "http://" : "https://") + host + ":" + port() + "/");
    }

    /** Where a file of the download directory is served. */
    public URI fileUrl(String name) {
        return baseUri().resolve(LabAcsConfig.FILES_PATH + name);
    }

    /** Where a CPE should upload a file of this name. */
    public URI uploadUrl(String name) {
        return baseUri().resolve(LabAcsConfig.UPLOAD_PATH + name);
    }

    /**
     * Queues a request for a device (named as {@link DeviceIds} says; it need not have connected
     * yet). It is sent in the device's next session; a Connection Request starts one at once.
     */
    public PendingRpc queue(String device, CwmpRequest request) {
        PendingRpc p = queue.add(device, request);
        LOG.log(System.Logger.Level.INFO, "queued {0}", p);
        return p;
    }

    /** The recently queued requests (the newest {@value RpcQueue#RECENT}), oldest first, in any state. */
    public List<PendingRpc> rpcs() {
        return queue.recent();
    }

    /** Removes a request that was not sent yet; false when it was sent already. */
    public boolean cancel(PendingRpc rpc) {
        return queue.cancel(rpc);
    }

    /** Every request still waiting to be sent, all devices. */
    public List<PendingRpc> queued() {
        return queue.all();
    }

    /**
     * Waits for the CPE's answer to a queued request.
     *
     * @throws AwaitTimeoutException when it does not come in time
     */
    public RpcOutcome awaitResponse(PendingRpc rpc, Duration timeout) {
        try {
            return rpc.outcome().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AwaitTimeoutException("no answer to " + rpc + " within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwaitTimeoutException("interrupted waiting for " + rpc);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Sequence number of the newest log entry: pass it to the await methods to wait for what comes next. */
    public long mark() {
        return log.lastSeq();
    }

    /** The first Inform ever recorded from the device (waiting for it if need be). */
    public LogEntry.InformReceived awaitInform(String device, Duration timeout) {
        return awaitInform(device, 0, i -> true, timeout);
    }

    /** The first recorded Inform from the device that matches, e.g. {@code i -> i.hasEvent("1 BOOT")}. */
    public LogEntry.InformReceived awaitInform(String device, Predicate<LogEntry.InformReceived> match,
                                               Duration timeout) {
        return awaitInform(device, 0, match, timeout);
    }

    /** The first Inform from the device recorded after log entry {@code afterSeq} (see {@link #mark()}) that matches. */
    public LogEntry.InformReceived awaitInform(String device, long afterSeq, Predicate<LogEntry.InformReceived> match,
                                               Duration timeout) {
        return await(LogEntry.InformReceived.class, device, afterSeq, match, timeout);
    }

    /** The first end of a session of the device after log entry {@code afterSeq}. */
    public LogEntry.SessionEnded awaitSessionEnd(String device, long afterSeq, Duration timeout) {
        return await(LogEntry.SessionEnded.class, device, afterSeq, e -> true, timeout);
    }

    /** The first log entry of a type for the device ({@code "*"} = any device) after {@code afterSeq} that matches. */
    public <T extends LogEntry> T await(Class<T> type, String device, long afterSeq, Predicate<? super T> match,
                                        Duration timeout) {
        return log.await(type, afterSeq, e -> DeviceIds.matches(e.device(), device) && match.test(e), timeout);
    }

    /** The whole log, oldest first. */
    public List<LogEntry> log() {
        return log.select(e -> true);
    }

    /** The log entries of one device, oldest first. */
    public List<LogEntry> log(String device) {
        return log.select(e -> DeviceIds.matches(e.device(), device));
    }

    /** The log entries of one type and device, oldest first. */
    public <T extends LogEntry> List<T> log(String device, Class<T> type) {
        return log.select(e -> type.isInstance(e) && DeviceIds.matches(e.device(), device)).stream()
                .map(type::cast).toList();
    }

    /** The devices that have sent an Inform. */
    public List<DeviceInfo> devices() {
        return registry.all(queue);
    }

    public Optional<DeviceInfo> device(String key) {
        return registry.find(key, queue);
    }

    /** Sets HoldRequests for the device's sessions from its next POST on. */
    public void setHoldRequests(String device, boolean hold) {
        registry.setHoldRequests(device, hold);
    }

    /** The ConnectionRequestUsername/Password to use for a device (else the configured default). */
    public void setConnectionRequestCredentials(String device, Credentials credentials) {
        registry.setConnectionRequestCredentials(device, credentials);
    }

    /** Answers the next {@code times} CPE requests of this method (e.g. "TransferComplete") with an ACS fault. */
    public void faultCpeRequest(String method, int faultCode, int times) {
        answers.fault(method, faultCode, times);
    }

    /** The programmed HTTP faults. */
    public FaultInjector faults() {
        return faults;
    }

    /** Adds a fault rule; returns its id. */
    public long injectFault(FaultRule rule) {
        return faults.add(rule);
    }

    /** Makes every later GET of the served file {@code name} misbehave as {@code fault}; null clears it. */
    public void fileFault(String name, FileFault fault) {
        files.fileFault(name, fault);
    }

    /** Files uploaded so far. */
    public List<UploadedFile> uploads() {
        return files.uploads();
    }

    /**
     * Sends an HTTP Connection Request to the ConnectionRequestURL of the device's latest Inform,
     * with its Connection Request credentials (Digest or Basic as the CPE asks).
     */
    public ConnectionRequestResult sendConnectionRequest(String device) throws IOException {
        return connectionRequests.sendHttp(device);
    }

    /** Sends the TR-111 UDP Connection Request to the UDPConnectionRequestAddress of the device's latest Inform. */
    public UdpConnectionRequest.Message sendUdpConnectionRequest(String device) throws IOException {
        return connectionRequests.sendUdp(device);
    }

    /** Stops the server, releases held requests and ends open sessions; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (closing.getCount() == 0) {
            return;
        }
        closing.countDown();
        server.stop(0);
        sweeper.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
            sweeper.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sessions.endAll("ACS closed");
        LOG.log(System.Logger.Level.INFO, "lab ACS on port {0} closed", String.valueOf(port()));
    }
}
