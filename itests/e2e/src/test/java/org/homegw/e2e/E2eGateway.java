package org.homegw.e2e;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.labacs.AwaitTimeoutException;
import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LabAcsConfig;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;
import org.homegw.labacs.RpcOutcome;
import org.homegw.labacs.auth.Credentials;
import org.homegw.labacs.connreq.ConnectionRequestResult;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

/**
 * One lab ACS (in this JVM) and one gateway process (the assembled distribution) in a temporary
 * folder, for a test class ({@code @ClassRule}) or a single test ({@code @Rule}). The gateway is
 * started and brought to an idle state before the tests run, and stopped with SIGTERM afterwards,
 * which must give exit code 0. Sessions are driven the way an operator's ACS does it: queue RPCs,
 * send a Connection Request, read the answers.
 */
public final class E2eGateway extends ExternalResource {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TemporaryFolder folder = new TemporaryFolder();
    private final Consumer<LabAcsConfig.Builder> acsSettings;
    private final List<String> sets;
    private Consumer<LabAcs> beforeStart = acs -> { };
    private Map<String, String> confFiles = Map.of();
    private final Map<String, Supplier<Map<String, String>>> configurations = new java.util.LinkedHashMap<>();
    private Supplier<Map<String, String>> environment = Map::of;
    private LabAcs acs;
    private GatewaySite site;
    private Path stateDir;
    private Path outputFile;
    private int crPort;
    private GatewayProcess process;
    private String serialNumber;

    private E2eGateway(Consumer<LabAcsConfig.Builder> acsSettings, List<String> sets) {
        this.acsSettings = acsSettings;
        this.sets = sets;
    }

    /** A gateway against a default lab ACS. */
    public static E2eGateway standard() {
        return new E2eGateway(b -> { }, List.of());
    }

    /** A gateway with extra {@code --set PATH=VALUE} options against a lab ACS configured by {@code acsSettings}. */
    public static E2eGateway with(Consumer<LabAcsConfig.Builder> acsSettings, String... sets) {
        return new E2eGateway(acsSettings, List.of(sets));
    }

    /** Something to do with the lab ACS before the gateway's first start (e.g. program a fault). */
    public E2eGateway beforeStart(Consumer<LabAcs> setup) {
        this.beforeStart = setup;
        return this;
    }

    /**
     * A Config Admin configuration the gateway finds at its first start (seeded into the state
     * directory); {@code properties} is asked for just before the start, so it may name files that
     * an outer rule creates.
     */
    public E2eGateway configuration(String pid, Supplier<Map<String, String>> properties) {
        configurations.put(pid, properties);
        return this;
    }

    /** Files added to the gateway's own copy of conf/ (path relative to conf/ → content), e.g. config/<pid>.cfg. */
    public E2eGateway withConfFiles(Map<String, String> files) {
        this.confFiles = Map.copyOf(files);
        return this;
    }

    /** Environment variables for the gateway process (asked for at each start), e.g. HOMEGW_JAVA_OPTS. */
    public E2eGateway environment(Supplier<Map<String, String>> env) {
        this.environment = env;
        return this;
    }

    @Override
    protected void before() throws Throwable {
        try {
            setUp();
        } catch (Throwable t) {
            // JUnit does not call after() when before() fails: the gateway must not outlive the test
            try {
                after();
            } catch (Throwable cleanup) {
                t.addSuppressed(cleanup);
            }
            throw t;
        }
    }

    private void setUp() throws IOException {
        folder.create();
        LabAcsConfig.Builder b = LabAcsConfig.builder().connectionRequestCredentials(new Credentials("u", "p"));
        acsSettings.accept(b);
        acs = LabAcs.start(b.build());
        site = GatewaySite.create(folder.getRoot().toPath().resolve("homegw"), GatewayProcess.distributionDir(),
                Map.of(), confFiles);
        stateDir = folder.getRoot().toPath().resolve("state");
        GatewaySite.seedConnectionRequestSettings(stateDir);
        configurations.forEach((pid, props) -> GatewaySite.seedConfiguration(stateDir, pid, props.get()));
        outputFile = folder.getRoot().toPath().resolve("homegw.out");
        crPort = freePort();
        beforeStart.accept(acs);
        long mark = acs.mark();
        start();
        awaitReadyAfter(mark);
    }

    @Override
    protected void after() {
        try {
            if (process != null && process.isAlive()) {
                int code = process.stop();
                assertEquals("exit code after SIGTERM; output:\n" + process.output(), 0, code);
            }
        } finally {
            if (process != null) {
                process.close();
            }
            if (acs != null) {
                acs.close();
            }
            folder.delete();
        }
    }

    /** Starts the gateway over the current state directory (a restart after {@link #stop()} or {@link #kill()}). */
    public void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("gateway already running");
        }
        process = GatewayProcess.start(GatewayProcess.command(site.launcher(), stateDir, acs.url(), crPort, sets),
                outputFile, environment.get());
        serialNumber = awaitSerialNumber();
    }

    /**
     * Waits until the gateway is idle after a start: an Inform after {@code mark} reported a
     * ConnectionRequestURL and no session ran for a while.
     */
    public void awaitReadyAfter(long mark) {
        try {
            acs.awaitInform(serialNumber, mark, i -> i.parameter("ManagementServer.ConnectionRequestURL")
                    .filter(u -> !u.isEmpty()).isPresent(), TIMEOUT);
        } catch (AwaitTimeoutException e) {
            throw new AssertionError("gateway not ready: " + e.getMessage() + "; ACS log: " + acs.log()
                    + "\ngateway output:\n" + output(), e);
        }
        awaitIdle(Duration.ofMillis(1500));
    }

    /** SIGTERM; returns the exit code. */
    public int stop() {
        return process.stop();
    }

    /** kill -9. */
    public void kill() {
        process.kill();
    }

    public LabAcs acs() {
        return acs;
    }

    public String device() {
        return serialNumber;
    }

    public int crPort() {
        return crPort;
    }

    /** The site's deploy/ folder (FileInstall): a .cfg dropped here reconfigures a running component. */
    public Path deployDir() {
        return site.home().resolve("deploy");
    }

    public Path stateDir() {
        return stateDir;
    }

    public GatewayProcess process() {
        return process;
    }

    public String output() {
        return process == null ? "" : process.output();
    }

    /**
     * Queues the requests, sends a Connection Request (which must be accepted) and returns the
     * answers once the session has ended.
     */
    public List<RpcOutcome> rpc(CwmpRequest... requests) {
        long mark = acs.mark();
        List<PendingRpc> pending = new ArrayList<>();
        for (CwmpRequest r : requests) {
            pending.add(acs.queue(serialNumber, r));
        }
        ConnectionRequestResult cr = connectionRequest();
        assertEquals("Connection Request status", 200, cr.status());
        List<RpcOutcome> outcomes = new ArrayList<>();
        for (PendingRpc p : pending) {
            outcomes.add(acs.awaitResponse(p, TIMEOUT));
        }
        acs.awaitSessionEnd(serialNumber, mark, TIMEOUT);
        return outcomes;
    }

    /** One request in a Connection Request session; its answer. */
    public RpcOutcome rpc1(CwmpRequest request) {
        return rpc(request).get(0);
    }

    /**
     * Sends a Connection Request; a refused connection is retried for a few seconds (a listener
     * that is just being (re)opened).
     */
    public ConnectionRequestResult connectionRequest() {
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            try {
                return acs.sendConnectionRequest(serialNumber);
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new UncheckedIOException("Connection Request failed; gateway output:\n" + output(), e);
                }
                sleep(200);
            }
        }
    }

    /** The first Inform after {@code mark} that matches. */
    public LogEntry.InformReceived awaitInform(long mark, Predicate<LogEntry.InformReceived> match) {
        return acs.awaitInform(serialNumber, mark, match, TIMEOUT);
    }

    /** Waits until every session the ACS saw has ended and nothing happened for {@code quiet}. */
    public void awaitIdle(Duration quiet) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            List<LogEntry> log = acs.log(serialNumber);
            long informs = log.stream().filter(e -> e instanceof LogEntry.InformReceived).count();
            // a session the CPE resumed after the ACS's 204 ends twice: count sessions, not end records
            long ended = log.stream().filter(e -> e instanceof LogEntry.SessionEnded)
                    .map(e -> ((LogEntry.SessionEnded) e).sessionId()).distinct().count();
            Instant last = log.isEmpty() ? Instant.EPOCH : log.get(log.size() - 1).time();
            if (informs == ended && Instant.now().isAfter(last.plus(quiet))) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("gateway not idle within " + TIMEOUT + "; ACS log: " + acs.log(serialNumber));
    }

    private String awaitSerialNumber() {
        Path file = stateDir.resolve("serial-number");
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Files.exists(file)) {
                    String sn = Files.readString(file, StandardCharsets.UTF_8).trim();
                    if (!sn.isEmpty()) {
                        return sn;
                    }
                }
            } catch (IOException e) {
                // written atomically by the launcher: retry
            }
            if (!process.isAlive()) {
                throw new AssertionError("gateway exited at start; output:\n" + process.output());
            }
            sleep(20);
        }
        throw new AssertionError("no serial number in " + file + "; output:\n" + process.output());
    }

    /** Waits until the gateway output contains {@code text} at least {@code times} times. */
    public void awaitOutput(String text, int times) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (outputCount(text) >= times) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("'" + text + "' not seen " + times + " times; output:\n" + output());
    }

    /** How often {@code text} stands in the gateway output so far. */
    public int outputCount(String text) {
        String out = output();
        int n = 0;
        for (int i = out.indexOf(text); i >= 0; i = out.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
