package org.homegw.diagnostics.internal.registry;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.diagnostics.internal.core.AfterSession;
import org.homegw.diagnostics.internal.core.Cancellation;
import org.homegw.diagnostics.internal.core.DiagnosticTest;
import org.homegw.diagnostics.internal.core.DiagnosticsProvider;
import org.homegw.diagnostics.internal.core.LabHosts;
import org.homegw.diagnostics.internal.dns.LabDnsServer;
import org.homegw.diagnostics.internal.dns.NsLookupTest;
import org.homegw.diagnostics.internal.dns.ResolvConf;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.ping.IpPingTest;
import org.homegw.diagnostics.internal.ping.ReachabilityPing;
import org.homegw.diagnostics.internal.transfer.DownloadTest;
import org.homegw.diagnostics.internal.transfer.LabHttpServer;
import org.homegw.diagnostics.internal.transfer.UploadTest;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The diagnostics as the ACS sees them: SetParameterValues and GetParameterValues through the real
 * registry on the shipped Device:2.19 definitions, so names, types and canonical forms are checked.
 */
public class RegistryDiagnosticsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final HostResolver LAB = LabHosts.LOOPBACK_ONLY;

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final LinkedBlockingQueue<String> completions = new LinkedBlockingQueue<>();
    private final List<DiagnosticsProvider> providers = new ArrayList<>();
    private LabDnsServer dns;
    private LabHttpServer http;
    private DataModelRegistry registry;

    @Before
    public void setUp() throws Exception {
        Path defs = Path.of(System.getProperty("homegw.test.definitions", "missing"));
        Assume.assumeTrue("shipped definitions not found: " + defs, Files.isRegularFile(defs));
        dns = new LabDnsServer(Map.of("www.lab", List.of(InetAddress.getByName("192.0.2.7"))));
        http = new LabHttpServer();
        ProviderTable table = new ProviderTable();
        registry = new RegistryAssembly(DefinitionsAdapter.toTree(new DefinitionsLoader().load(defs)))
                .stateDir(tmp.newFolder().toPath()).providers(table).build().registry();
        Path net = Path.of("/sys/class/net");
        register(table, new IpPingTest(LAB, List.of(new ReachabilityPing(0))));
        register(table, new NsLookupTest(LAB, () -> new ResolvConf(List.of(), List.of()), dns.port()));
        register(table, new DownloadTest(LAB, Clock.systemUTC(), net, 10_000));
        register(table, new UploadTest(LAB, Clock.systemUTC(), net, 10_000, 1 << 20));
        register(table, new GatedTest());
        table.add(new ProviderRegistration(new LoopbackIpInterface(), List.of("Device.IP.Interface."), 0, 99, true));
    }

    /**
     * Device.IP.Interface.1 with the IPv4 address 127.0.0.2 (a loopback address no interface lists,
     * other than the servers'), Device.IP.Interface.2 with 127.0.0.1 (held by lo).
     */
    static final class LoopbackIpInterface extends org.homegw.datamodel.spi.AbstractParameterProvider {
        @Override
        public Outcome<List<Long>> instances(String tablePath) {
            return Outcome.success(tablePath.equals("Device.IP.Interface.") ? List.of(1L, 2L)
                    : tablePath.matches("Device\\.IP\\.Interface\\.[12]\\.IPv4Address\\.") ? List.of(1L) : List.of());
        }

        @Override
        public Outcome<Map<String, String>> read(String objectPath, java.util.Collection<String> names) {
            Map<String, String> all = objectPath.equals("Device.IP.Interface.1.IPv4Address.1.")
                    ? Map.of("Enable", "true", "IPAddress", "127.0.0.2")
                    : objectPath.equals("Device.IP.Interface.2.IPv4Address.1.")
                    ? Map.of("Enable", "true", "IPAddress", "127.0.0.1") : Map.of();
            Map<String, String> out = new LinkedHashMap<>();
            names.forEach(n -> {
                if (all.containsKey(n)) {
                    out.put(n, all.get(n));
                }
            });
            return Outcome.success(out);
        }
    }

    private void register(ProviderTable table, DiagnosticTest test) {
        DiagnosticsProvider p = new DiagnosticsProvider(test, executor, AfterSession.NOW,
                (path, state) -> completions.add(path + state), org.homegw.diagnostics.internal.core.ResultStore.NONE,
                new org.homegw.diagnostics.internal.net.ModelInterfaceAddresses(() -> registry));
        providers.add(p);
        table.add(new ProviderRegistration(p, List.of(test.objectPath()), 0, providers.size(), true));
    }

    @After
    public void tearDown() throws Exception {
        GatedTest.gate.countDown();
        providers.forEach(DiagnosticsProvider::close);
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        if (dns != null) {
            dns.close();
            http.close();
        }
    }

    private Outcome<Integer> set(String... pairs) {
        List<ParameterValue> values = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.add(ParameterValue.untyped(pairs[i], pairs[i + 1]));
        }
        return registry.setValues(values, "diag", Caller.ACS);
    }

    private Map<String, String> get(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        registry.getValues(List.of(path), v -> out.put(v.path(), v.value())).value();
        return out;
    }

    private String await() throws InterruptedException {
        String c = completions.poll(30, TimeUnit.SECONDS);
        assertTrue("no completion", c != null);
        return c;
    }

    @Test
    public void ip_ping_through_the_registry() throws Exception {
        String p = IpPingTest.PATH;
        assertEquals(0, (int) set(p + "Host", "127.0.0.1", p + "NumberOfRepetitions", "2", p + "Timeout", "2000",
                p + "DiagnosticsState", "Requested").value());
        assertEquals(p + "Complete", await());
        Map<String, String> v = get(p);
        assertEquals("Complete", v.get(p + "DiagnosticsState"));
        assertEquals("2", v.get(p + "SuccessCount"));
        assertEquals("0", v.get(p + "FailureCount"));
        assertEquals("127.0.0.1", v.get(p + "IPAddressUsed"));
        assertTrue(v.containsKey(p + "MaximumResponseTimeDetailed"));
        assertEquals("every parameter of the object is served", 17, v.size());
    }

    @Test
    public void the_acs_cannot_write_a_device_only_state() {
        String p = IpPingTest.PATH;
        CwmpFault f = set(p + "Host", "127.0.0.1", p + "DiagnosticsState", "Complete").faultOrNull();
        assertEquals(CwmpFault.INVALID_ARGUMENTS, f.code());
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, f.parameterFaults().get(0).code());
        assertEquals("", get(p + "Host").get(p + "Host"));
    }

    @Test
    public void requested_without_host_is_refused_and_nothing_is_applied() {
        String p = IpPingTest.PATH;
        assertFalse(set(p + "NumberOfRepetitions", "4", p + "DiagnosticsState", "Requested").isSuccess());
        assertEquals("3", get(p + "NumberOfRepetitions").get(p + "NumberOfRepetitions"));
        assertEquals("None", get(p + "DiagnosticsState").get(p + "DiagnosticsState"));
    }

    @Test
    public void ns_lookup_results_are_a_table_in_the_tree() throws Exception {
        String p = NsLookupTest.PATH;
        set(p + "HostName", "www.lab", p + "DNSServer", "127.0.0.1", p + "NumberOfRepetitions", "2",
                p + "DiagnosticsState", "Requested").value();
        assertEquals(p + "Complete", await());
        Map<String, String> v = get(p);
        assertEquals("2", v.get(p + "ResultNumberOfEntries"));
        assertEquals("2", v.get(p + "SuccessCount"));
        assertEquals("Success", v.get(p + "Result.2.Status"));
        assertEquals("192.0.2.7", v.get(p + "Result.1.IPAddresses"));
        assertEquals("Authoritative", v.get(p + "Result.1.AnswerType"));
        assertEquals("127.0.0.1", v.get(p + "Result.1.DNSServerIP"));
    }

    @Test
    public void a_download_with_an_interface_is_bound_to_that_interfaces_address() throws Exception {
        String d = DownloadTest.PATH;
        set(d + "DownloadURL", http.url("/bytes/5000"), d + "Interface", "Device.IP.Interface.1",
                d + "DiagnosticsState", "Requested").value();
        assertEquals(d + "Complete", await());
        assertEquals("the socket's own local address", "127.0.0.2", get(d).get(d + "IPAddressUsed"));
    }

    @Test
    public void an_interface_without_an_address_ends_in_error_other_without_testing() throws Exception {
        String d = DownloadTest.PATH;
        set(d + "DownloadURL", http.url("/bytes/5000"), d + "Interface", "Device.IP.Interface.7",
                d + "DiagnosticsState", "Requested").value();
        assertEquals(d + "Error_Other", await());
        assertEquals("0", get(d).get(d + "TestBytesReceived"));
        String p = IpPingTest.PATH;
        // the Java ping binds to the network interface holding the address (lo for 127.0.0.1)
        set(p + "Host", "127.0.0.1", p + "NumberOfRepetitions", "1", p + "Interface", "Device.IP.Interface.2.",
                p + "DiagnosticsState", "Requested").value();
        assertEquals(p + "Complete", await());
        assertEquals("127.0.0.1", get(p).get(p + "IPAddressUsed"));
        assertEquals("1", get(p).get(p + "SuccessCount"));
    }

    @Test
    public void download_and_upload_through_the_registry() throws Exception {
        String d = DownloadTest.PATH;
        set(d + "DownloadURL", http.url("/bytes/5000"), d + "NumberOfConnections", "2",
                d + "EnablePerConnectionResults", "true", d + "DiagnosticsState", "Requested").value();
        assertEquals(d + "Complete", await());
        Map<String, String> v = get(d);
        assertEquals("2", v.get(d + "PerConnectionResultNumberOfEntries"));
        assertTrue(v.get(d + "ROMTime"), v.get(d + "ROMTime").matches(".*T.*\\.\\d{6}Z"));
        assertTrue(Long.parseLong(v.get(d + "TestBytesReceived")) > 10_000);
        assertTrue(v.containsKey(d + "PerConnectionResult.2.EOMTime"));
        assertEquals("HTTP,FTP", v.get(d + "DownloadTransports"));

        String u = UploadTest.PATH;
        set(u + "UploadURL", http.url("/upload"), u + "TestFileLength", "7000", u + "DiagnosticsState", "Requested")
                .value();
        assertEquals(u + "Complete", await());
        assertEquals(7000, http.uploaded.get());
        assertTrue(Long.parseLong(get(u + "TestBytesSent").get(u + "TestBytesSent")) > 7000);
    }

    @Test
    public void set_parameter_values_returns_while_a_diagnostic_runs() throws Exception {
        String p = GatedTest.PATH;
        assertEquals(0, (int) set(p + "Host", "127.0.0.1", p + "DiagnosticsState", "Requested").value());
        assertTrue(GatedTest.running.await(10, TimeUnit.SECONDS));
        assertEquals("Requested", get(p + "DiagnosticsState").get(p + "DiagnosticsState"));
        assertTrue(completions.isEmpty());
        assertEquals(0, (int) set(p + "Timeout", "500").value());
        assertEquals("None", get(p + "DiagnosticsState").get(p + "DiagnosticsState"));
    }

    /** A TraceRoute-shaped test that blocks until released, to show the registry is not held. */
    static final class GatedTest implements DiagnosticTest {
        static final String PATH = "Device.IP.Diagnostics.TraceRoute.";
        static CountDownLatch gate = new CountDownLatch(1);
        static CountDownLatch running = new CountDownLatch(1);

        GatedTest() {
            gate = new CountDownLatch(1);
            running = new CountDownLatch(1);
        }

        @Override
        public String objectPath() {
            return PATH;
        }

        @Override
        public Map<String, String> inputDefaults() {
            return Map.of("Host", "", "Timeout", "5000");
        }

        @Override
        public org.homegw.diagnostics.internal.core.TestResult initialResult() {
            return new org.homegw.diagnostics.internal.core.TestResult("None", Map.of(), Map.of());
        }

        @Override
        public org.homegw.diagnostics.internal.core.TestResult run(Map<String, String> inputs, Cancellation cancel)
                throws InterruptedException {
            running.countDown();
            gate.await();
            return initialResult().withState("Complete");
        }
    }
}
