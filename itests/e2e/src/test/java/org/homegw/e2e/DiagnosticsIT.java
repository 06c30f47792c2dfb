package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.labacs.LogEntry;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;

/**
 * Every diagnostic through the assembled gateway, the way an operator runs one: SetParameterValues
 * of the inputs and DiagnosticsState=Requested in one session, the test runs after that session,
 * its end opens a session with "8 DIAGNOSTICS COMPLETE", then GetParameterValues reads the results.
 * Peers on 127.0.0.1 only: the lab ACS (also the TR-143 server), a UDP echo server, a DNS server.
 * The gateway resolves names from a hosts file (-Djdk.net.hosts.file), so an unresolvable name never
 * leaves the machine. One gateway serves the class.
 */
public class DiagnosticsIT {

    private static final String IP_DIAG = "Device.IP.Diagnostics.";
    private static final String DIAGNOSTICS_COMPLETE = "8 DIAGNOSTICS COMPLETE";

    private static final TemporaryFolder TMP = new TemporaryFolder();
    private static final LoopbackPeers PEERS = new LoopbackPeers();
    private static final E2eGateway GW = E2eGateway.with(acs -> acs.filesDir(files()).uploadsDir(dir("uploads")))
            .configuration("org.homegw.diagnostics", () -> Map.of("dnsServerPort", Integer.toString(PEERS.dnsPort()),
                    "pingIntervalMillis", "10"))
            .environment(() -> Map.of("HOMEGW_JAVA_OPTS", "-Djdk.net.hosts.file=" + hostsFile()));

    /** pyftpdlib serving {@code ftp/} (skipped tests say so when the package is missing). */
    private static final PyFtpServer FTP = new PyFtpServer(DiagnosticsIT::ftpRoot);

    @ClassRule
    public static final RuleChain CHAIN = RuleChain.outerRule(TMP).around(PEERS).around(FTP).around(GW);

    private static Path ftpRoot() {
        Path d = dir("ftp");
        try {
            Files.write(d.resolve("ftp-test.bin"), new byte[200_000]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    private static Path dir(String name) {
        Path d = TMP.getRoot().toPath().resolve(name);
        try {
            Files.createDirectories(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    private static Path files() {
        Path d = dir("files");
        try {
            Files.write(d.resolve("test.bin"), new byte[300_000]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    /** localhost and this machine's name (the JDK asks for it) only: every other name is unknown. */
    private static Path hostsFile() {
        Path f = TMP.getRoot().toPath().resolve("hosts");
        try {
            String me = InetAddress.getLocalHost().getHostName();
            Files.writeString(f, "127.0.0.1 localhost " + me + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    private static ParameterValueStruct pv(String path, String value, String type) {
        return new ParameterValueStruct(path, value, type);
    }

    private static ParameterValueStruct requested(String object) {
        return pv(object + "DiagnosticsState", "Requested", "string");
    }

    /** SetParameterValues in a Connection Request session; asserts it was applied. */
    private static void set(ParameterValueStruct... values) {
        SetParameterValuesResponse r = GW.rpc1(new SetParameterValues(List.of(values), "diag-it"))
                .response(SetParameterValuesResponse.class);
        assertEquals(0, r.status());
    }

    /** The object's values (names relative to it) read in a Connection Request session. */
    private static Map<String, String> read(String object) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ParameterValueStruct v : GW.rpc1(new GetParameterValues(List.of(object)))
                .response(GetParameterValuesResponse.class).parameterList()) {
            out.put(v.name().substring(object.length()), v.value());
        }
        return out;
    }

    /** Inputs + Requested, then the 8 DIAGNOSTICS COMPLETE session, then the results. */
    private static Map<String, String> run(String object, ParameterValueStruct... inputs) {
        long mark = GW.acs().mark();
        List<ParameterValueStruct> all = new ArrayList<>(List.of(inputs));
        all.add(requested(object));
        set(all.toArray(ParameterValueStruct[]::new));
        LogEntry.InformReceived done = GW.awaitInform(mark, i -> i.hasEvent(DIAGNOSTICS_COMPLETE));
        GW.acs().awaitSessionEnd(GW.device(), done.seq(), E2eGateway.TIMEOUT);
        return read(object);
    }

    @Test
    public void ip_ping_of_the_loopback_address_completes() {
        String p = IP_DIAG + "IPPing.";
        Map<String, String> r = run(p, pv(p + "Host", "127.0.0.1", "string"),
                pv(p + "NumberOfRepetitions", "2", "unsignedInt"), pv(p + "Timeout", "2000", "unsignedInt"));
        assertEquals(r.toString(), "Complete", r.get("DiagnosticsState"));
        assertEquals("2", r.get("SuccessCount"));
        assertEquals("0", r.get("FailureCount"));
        assertEquals("127.0.0.1", r.get("IPAddressUsed"));
        // either method is honest; the log names the one that ran, and without ping it is the Java one
        String method = lastLogLine("IPPing to 127.0.0.1 ran with ");
        assertTrue(method, method.contains("ran with system ping") || method.contains("ran with java "));
        if (installed("ping").isEmpty()) {
            assertTrue(method, method.contains("ran with java "));
        }
    }

    /**
     * Where the gateway finds a system command (internal.net.Executables): PATH, then /bin, /usr/bin,
     * /sbin, /usr/sbin — a test PATH without /usr/sbin must not make it expect "absent".
     */
    private static java.util.Optional<Path> installed(String command) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.addAll(List.of("/bin", "/usr/bin", "/sbin", "/usr/sbin"));
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, command)).filter(Files::isExecutable)
                .findFirst();
    }

    /** The last line of the gateway's log holding {@code text}. */
    private static String lastLogLine(String text) {
        try {
            List<String> lines = Files.readAllLines(GW.stateDir().resolve("log/homegw.log"), StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).contains(text)) {
                    return lines.get(i);
                }
            }
            throw new AssertionError("no log line with \"" + text + "\" in the gateway log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public void an_unresolvable_host_ends_in_error_cannot_resolve_host_name() {
        String p = IP_DIAG + "IPPing.";
        Map<String, String> r = run(p, pv(p + "Host", "nowhere.invalid", "string"),
                pv(p + "NumberOfRepetitions", "1", "unsignedInt"));
        assertEquals("Error_CannotResolveHostName", r.get("DiagnosticsState"));
    }

    @Test
    public void trace_route_completes_with_traceroute_or_reports_error_other_without_it() {
        String t = IP_DIAG + "TraceRoute.";
        Map<String, String> r = run(t, pv(t + "Host", "127.0.0.1", "string"),
                pv(t + "NumberOfTries", "1", "unsignedInt"), pv(t + "MaxHopCount", "3", "unsignedInt"));
        if (installed("traceroute").isPresent()) {
            assertEquals(r.toString(), "Complete", r.get("DiagnosticsState"));
            assertEquals("1", r.get("RouteHopsNumberOfEntries"));
            assertTrue(lastLogLine("TraceRoute to 127.0.0.1 via ").contains("traceroute"));
            assertEquals("true", read(IP_DIAG).get("IPv4TraceRouteSupported"));
        } else {
            assertEquals(r.toString(), "Error_Other", r.get("DiagnosticsState"));
            lastLogLine("TraceRoute: no traceroute command here");
            assertEquals("false", read(IP_DIAG).get("IPv4TraceRouteSupported"));
        }
    }

    @Test
    public void download_and_upload_use_the_lab_acs_as_tr143_server() {
        String d = IP_DIAG + "DownloadDiagnostics.";
        Map<String, String> down = run(d, pv(d + "DownloadURL", GW.acs().fileUrl("test.bin").toString(), "string"),
                pv(d + "NumberOfConnections", "2", "unsignedInt"),
                pv(d + "EnablePerConnectionResults", "true", "boolean"));
        assertEquals(down.toString(), "Complete", down.get("DiagnosticsState"));
        assertTrue(down.get("TestBytesReceived"), Long.parseLong(down.get("TestBytesReceived")) > 600_000);
        assertEquals("2", down.get("PerConnectionResultNumberOfEntries"));
        assertTrue(down.get("EOMTime"), down.get("EOMTime").matches(".*T.*\\.\\d{6}Z"));

        String u = IP_DIAG + "UploadDiagnostics.";
        int before = GW.acs().uploads().size();
        Map<String, String> up = run(u, pv(u + "UploadURL", GW.acs().uploadUrl("diag.bin").toString(), "string"),
                pv(u + "TestFileLength", "50000", "unsignedInt"));
        assertEquals(up.toString(), "Complete", up.get("DiagnosticsState"));
        assertTrue(Long.parseLong(up.get("TestBytesSent")) > 50_000);
        assertEquals(before + 1, GW.acs().uploads().size());
    }

    @Test
    public void download_and_upload_over_ftp_against_pyftpdlib() throws IOException {
        org.junit.Assume.assumeTrue(FTP.unavailable(), FTP.unavailable().isEmpty());
        String account = "ftp://" + PyFtpServer.USER + ":" + PyFtpServer.PASSWORD + "@";
        String d = IP_DIAG + "DownloadDiagnostics.";
        Map<String, String> down = run(d, pv(d + "DownloadURL",
                FTP.url("ftp-test.bin").replace("ftp://", account), "string"),
                pv(d + "NumberOfConnections", "1", "unsignedInt"),
                pv(d + "EnablePerConnectionResults", "false", "boolean"));
        assertEquals(down.toString(), "Complete", down.get("DiagnosticsState"));
        assertEquals("the file, data connection only", "200000", down.get("TestBytesReceived"));
        assertFalse(Instant.parse(down.get("ROMTime")).isAfter(Instant.parse(down.get("BOMTime"))));
        assertFalse(Instant.parse(down.get("BOMTime")).isAfter(Instant.parse(down.get("EOMTime"))));

        String u = IP_DIAG + "UploadDiagnostics.";
        Map<String, String> up = run(u, pv(u + "UploadURL", FTP.url("ftp-up.bin").replace("ftp://", account),
                "string"), pv(u + "TestFileLength", "70000", "unsignedInt"));
        assertEquals(up.toString(), "Complete", up.get("DiagnosticsState"));
        assertEquals("70000", up.get("TestBytesSent"));
        assertEquals(70_000, Files.size(TMP.getRoot().toPath().resolve("ftp").resolve("ftp-up.bin")));

        Map<String, String> refused = run(d, pv(d + "DownloadURL",
                FTP.url("ftp-test.bin").replace("ftp://", "ftp://" + PyFtpServer.USER + ":wrong@"), "string"));
        assertEquals(refused.toString(), "Error_LoginFailed", refused.get("DiagnosticsState"));
    }

    @Test
    public void udp_echo_against_a_loopback_echo_server() {
        String e = IP_DIAG + "UDPEchoDiagnostics.";
        Map<String, String> r = run(e, pv(e + "Host", "127.0.0.1", "string"),
                pv(e + "Port", Integer.toString(PEERS.echoPort()), "unsignedInt"),
                pv(e + "NumberOfRepetitions", "3", "unsignedInt"), pv(e + "InterTransmissionTime", "10", "unsignedInt"),
                pv(e + "Timeout", "2000", "unsignedInt"));
        assertEquals(r.toString(), "Complete", r.get("DiagnosticsState"));
        assertEquals("3", r.get("SuccessCount"));
        assertEquals("0", r.get("FailureCount"));
    }

    @Test
    public void ns_lookup_asks_the_dns_server_it_is_given() {
        String n = "Device.DNS.Diagnostics.NSLookupDiagnostics.";
        int before = PEERS.dnsQueries.get();
        Map<String, String> r = run(n, pv(n + "HostName", LoopbackPeers.DNS_NAME, "string"),
                pv(n + "DNSServer", "127.0.0.1", "string"), pv(n + "NumberOfRepetitions", "1", "unsignedInt"));
        assertEquals(r + "\nconfig store: " + configStore() + "\ngateway output:\n" + GW.output(), "Complete",
                r.get("DiagnosticsState"));
        assertEquals("1", r.get("SuccessCount"));
        assertEquals(LoopbackPeers.DNS_ADDRESS, r.get("Result.1.IPAddresses"));
        assertEquals("Authoritative", r.get("Result.1.AnswerType"));
        assertTrue(PEERS.dnsQueries.get() > before);
    }

    private static String configStore() {
        StringBuilder b = new StringBuilder();
        try (var files = Files.walk(GW.stateDir().resolve("config"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                b.append(f).append(": ").append(Files.readString(f)).append('\n');
            }
        } catch (IOException e) {
            b.append(e);
        }
        return b.toString();
    }

    @Test
    public void server_selection_picks_the_host_that_answers() {
        String s = IP_DIAG + "ServerSelectionDiagnostics.";
        Map<String, String> r = run(s, pv(s + "HostList", "127.0.0.1,nowhere.invalid", "string"),
                pv(s + "Protocol", "ICMP", "string"), pv(s + "NumberOfRepetitions", "2", "unsignedInt"),
                pv(s + "Timeout", "2000", "unsignedInt"));
        assertEquals(r.toString(), "Complete", r.get("DiagnosticsState"));
        assertEquals("127.0.0.1", r.get("FastestHost"));
    }

    /**
     * A UDPEcho test whose server stays silent runs for its timeouts (about 3 s): sessions run while
     * it does, and Canceled stops it with no 8 DIAGNOSTICS COMPLETE afterwards.
     */
    @Test
    public void a_running_test_blocks_no_session_and_canceled_stops_it_without_an_event() {
        String e = IP_DIAG + "UDPEchoDiagnostics.";
        PEERS.echoSilent.set(true);
        try {
            long mark = GW.acs().mark();
            set(pv(e + "Host", "127.0.0.1", "string"), pv(e + "Port", Integer.toString(PEERS.echoPort()), "unsignedInt"),
                    pv(e + "NumberOfRepetitions", "3", "unsignedInt"), pv(e + "Timeout", "1000", "unsignedInt"),
                    pv(e + "InterTransmissionTime", "10", "unsignedInt"), requested(e));
            Instant requestedAt = Instant.now();
            Map<String, String> during = read(e);
            assertEquals("a session ran while the test runs", "Requested", during.get("DiagnosticsState"));

            set(pv(e + "DiagnosticsState", "Canceled", "string"));
            assertEquals("None", read(e).get("DiagnosticsState"));
            // the cancelled run would have ended about 3 s after the request: wait past that
            E2eGateway.sleep(Math.max(0, Duration.between(Instant.now(), requestedAt.plusSeconds(4)).toMillis()));
            assertFalse("no 8 DIAGNOSTICS COMPLETE for a cancelled test", GW.acs().log(GW.device(),
                    LogEntry.InformReceived.class).stream().anyMatch(i -> i.seq() > mark
                            && i.hasEvent(DIAGNOSTICS_COMPLETE)));
            assertEquals("None", read(e).get("DiagnosticsState"));
        } finally {
            PEERS.echoSilent.set(false);
        }
    }
}
