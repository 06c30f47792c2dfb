package org.homegw.diagnostics.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.agent.CwmpAgent;
import org.homegw.cwmp.client.internal.agent.DeviceActions;
import org.homegw.cwmp.client.internal.agent.ExecutorAgentScheduler;
import org.homegw.cwmp.client.internal.agent.HttpSessionExecutor;
import org.homegw.cwmp.client.internal.agent.RequestQueue;
import org.homegw.cwmp.client.internal.event.EventStore;
import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.schedule.RetryPolicy;
import org.homegw.cwmp.client.internal.session.CodecAdapter;
import org.homegw.cwmp.client.internal.session.SessionRunner;
import org.homegw.cwmp.client.internal.transport.HttpAcsConnector;
import org.homegw.cwmp.client.internal.transport.TlsSettings;
import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.diagnostics.internal.core.DiagnosticTest;
import org.homegw.diagnostics.internal.core.DiagnosticsProvider;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.ping.IpPingTest;
import org.homegw.diagnostics.internal.ping.ReachabilityPing;
import org.homegw.diagnostics.internal.transfer.DownloadTest;
import org.homegw.diagnostics.internal.transfer.UploadTest;
import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LabAcsConfig;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;
import org.homegw.labacs.auth.AuthPolicy;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The whole path over real HTTP on loopback: the lab ACS sets the inputs and Requested, the CWMP client
 * (real codec, HTTP, agent) applies them through the real registry on the Device:2.19 definitions,
 * the test runs after the write on the diagnostics executor, its completion opens a session with
 * "8 DIAGNOSTICS COMPLETE", and the ACS reads the results. The lab ACS is also the TR-143 server.
 */
public class LabAcsDiagnosticsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String DEVICE = "SN0001";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private LabAcs acs;
    private ExecutorAgentScheduler scheduler;
    private CwmpAgent agent;
    private final ExecutorService diagnostics = Executors.newCachedThreadPool();

    @Before
    public void setUp() throws Exception {
        Path defs = Path.of(System.getProperty("homegw.test.definitions", "missing"));
        Assume.assumeTrue("shipped definitions not found: " + defs, Files.isRegularFile(defs));
        Path files = tmp.newFolder("files").toPath();
        Files.write(files.resolve("test.bin"), new byte[200_000]);
        acs = LabAcs.start(LabAcsConfig.builder().bindAddress("127.0.0.1").port(0)
                .deviceAuth(AuthPolicy.digest("cpe", "secret")).filesDir(files)
                .uploadsDir(tmp.newFolder("uploads").toPath()).build());

        ProviderTable providers = new ProviderTable();
        DataModelRegistry model = new RegistryAssembly(DefinitionsAdapter.toTree(new DefinitionsLoader().load(defs)))
                .stateDir(tmp.newFolder("state").toPath()).providers(providers)
                .defaultsText(String.join("\n", "Device.DeviceInfo.Manufacturer=homegw",
                        "Device.DeviceInfo.ManufacturerOUI=000000", "Device.DeviceInfo.ProductClass=HomeGateway",
                        "Device.DeviceInfo.SerialNumber=" + DEVICE, "Device.ManagementServer.URL=" + acs.url(),
                        "Device.ManagementServer.Username=cpe", "Device.ManagementServer.Password=secret",
                        "Device.ManagementServer.PeriodicInformEnable=false"))
                .build().registry();

        scheduler = new ExecutorAgentScheduler("cwmp-e2e");
        CodecAdapter codec = new CodecAdapter(new CwmpDecoder(), model);
        DeviceActions device = new DeviceActions() {
            @Override
            public void reboot() {
            }

            @Override
            public void factoryReset() {
            }

            @Override
            public boolean factoryResetAvailable() {
                return false;
            }
        };
        RpcDispatcher dispatcher = new RpcDispatcher(model, new RpcHandlers(RpcDispatcher.BUILT_IN),
                device::factoryResetAvailable);
        HttpSessionExecutor sessions = new HttpSessionExecutor(dispatcher,
                new SessionRunner(new HttpAcsConnector(TlsSettings.systemDefault(), 1 << 20), codec));
        Path state = tmp.newFolder("cwmp").toPath();
        agent = new CwmpAgent(model, EventStore.open(state.resolve("events.properties")),
                RequestQueue.open(state.resolve("requests.properties"), codec), sessions,
                new RetryPolicy(new SplittableRandom(3)), Clock.systemUTC(), scheduler, device,
                new CwmpAgent.Config(Duration.ofSeconds(30), Duration.ofSeconds(30), UUID.randomUUID().toString()));

        HostResolver resolver = host -> InetAddress.getAllByName(host);
        Path net = Path.of("/sys/class/net");
        register(providers, new IpPingTest(resolver, List.of(new ReachabilityPing(0))));
        register(providers, new DownloadTest(resolver, Clock.systemUTC(), net, 10_000));
        register(providers, new UploadTest(resolver, Clock.systemUTC(), net, 10_000, 1 << 20));
    }

    private void register(ProviderTable table, DiagnosticTest test) {
        DiagnosticsProvider p = new DiagnosticsProvider(test, diagnostics,
                (path, state) -> agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.DIAGNOSTICS_COMPLETE))));
        table.add(new ProviderRegistration(p, List.of(test.objectPath()), 0, table.all().size() + 1, true));
    }

    @After
    public void tearDown() throws Exception {
        if (agent != null) {
            agent.stop();
            scheduler.close(Duration.ofSeconds(5));
        }
        diagnostics.shutdownNow();
        assertTrue(diagnostics.awaitTermination(10, TimeUnit.SECONDS));
        if (acs != null) {
            acs.close();
        }
    }

    private static ParameterValueStruct pv(String path, String value, String type) {
        return new ParameterValueStruct(path, value, type);
    }

    /** SPV in one session, then the 8 DIAGNOSTICS COMPLETE session, then a GPV of the object's results. */
    private Map<String, String> runThroughAcs(String object, List<ParameterValueStruct> inputs) {
        long mark = acs.mark();
        PendingRpc spv = acs.queue(DEVICE, new SetParameterValues(inputs, "diag-e2e"));
        agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        assertEquals(new SetParameterValuesResponse(0),
                acs.awaitResponse(spv, WAIT).response(SetParameterValuesResponse.class));
        LogEntry.InformReceived done = acs.awaitInform(DEVICE, mark,
                i -> i.hasEvent(CwmpEvent.DIAGNOSTICS_COMPLETE), WAIT);
        PendingRpc gpv = acs.queue(DEVICE, new GetParameterValues(List.of(object)));
        acs.awaitSessionEnd(DEVICE, done.seq(), WAIT);
        agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        return acs.awaitResponse(gpv, WAIT).response(GetParameterValuesResponse.class).parameterList().stream()
                .collect(Collectors.toMap(v -> v.name().substring(object.length()), ParameterValueStruct::value));
    }

    @Test
    public void ip_ping_requested_by_the_acs_reports_back_with_diagnostics_complete() throws Exception {
        agent.start();
        acs.awaitInform(DEVICE, WAIT);
        String p = IpPingTest.PATH;
        Map<String, String> r = runThroughAcs(p, List.of(pv(p + "Host", "127.0.0.1", "string"),
                pv(p + "NumberOfRepetitions", "3", "unsignedInt"), pv(p + "Timeout", "2000", "unsignedInt"),
                pv(p + "DiagnosticsState", "Requested", "string")));
        assertEquals("Complete", r.get("DiagnosticsState"));
        assertEquals("3", r.get("SuccessCount"));
        assertEquals("0", r.get("FailureCount"));
    }

    @Test
    public void download_and_upload_use_the_lab_acs_as_tr143_server() throws Exception {
        agent.start();
        acs.awaitInform(DEVICE, WAIT);
        String d = DownloadTest.PATH;
        Map<String, String> down = runThroughAcs(d, List.of(
                pv(d + "DownloadURL", acs.fileUrl("test.bin").toString(), "string"),
                pv(d + "DiagnosticsState", "Requested", "string")));
        assertEquals("Complete", down.get("DiagnosticsState"));
        assertTrue(down.get("TestBytesReceived"), Long.parseLong(down.get("TestBytesReceived")) > 200_000);

        String u = UploadTest.PATH;
        Map<String, String> up = runThroughAcs(u, List.of(
                pv(u + "UploadURL", acs.uploadUrl("diag.bin").toString(), "string"),
                pv(u + "TestFileLength", "50000", "unsignedInt"), pv(u + "DiagnosticsState", "Requested", "string")));
        assertEquals("Complete", up.get("DiagnosticsState"));
        assertTrue(Long.parseLong(up.get("TestBytesSent")) > 50_000);
        assertEquals(1, acs.uploads().size());
    }
}
