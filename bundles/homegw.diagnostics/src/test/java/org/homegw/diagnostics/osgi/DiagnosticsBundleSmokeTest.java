package org.homegw.diagnostics.osgi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.api.SessionLifecycle;
import org.homegw.cwmp.api.SessionRequests;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.testkit.TestFramework;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Starts Felix with SCR, installs this bundle (jarred from target/classes, with bnd's manifest and DS
 * XML), and checks every diagnostics provider registers with its homegw.dm.path, that a requested
 * IPPing waits for the CWMP session's end (a fake SessionLifecycle holding it) and that, finished, it
 * asks the CWMP client (a fake SessionRequests) for "8 DIAGNOSTICS COMPLETE".
 */
public class DiagnosticsBundleSmokeTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private TestFramework framework;

    @After
    public void stop() throws Exception {
        if (framework != null) {
            framework.close();
        }
    }

    @Test
    public void providers_register_and_a_finished_ping_requests_a_session() throws Exception {
        framework = TestFramework.start(tmp.newFolder("felix").toPath(), Map.of(
                "org.osgi.framework.system.packages.extra", "org.homegw.cwmp.api;version=1.1.0,"
                        + "org.homegw.datamodel.api;version=1.0.0,org.homegw.datamodel.spi;version=1.3.0"));
        BundleContext ctx = framework.context();
        LinkedBlockingQueue<CwmpEvent> events = new LinkedBlockingQueue<>();
        ctx.registerService(SessionRequests.class, new SessionRequests() {
            @Override
            public void requestSession(CwmpEvent... e) {
                events.addAll(List.of(e));
            }
        }, null);
        // a CWMP session is running until the test lets the held starts go
        List<Runnable> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        ctx.registerService(SessionLifecycle.class, new SessionLifecycle() {
            @Override
            public void afterSession(Runnable action) {
                held.add(action);
            }

            @Override
            public void rebootAfterSession(String reason) {
                throw new AssertionError("diagnostics never reboot");
            }
        }, null);
        framework.installAndStartFromProperties("homegw.test.function", "homegw.test.promise", "homegw.test.dsapi",
                "homegw.test.scr");
        framework.installAndStart(TestFramework.jarOf(Path.of("target/classes"),
                tmp.getRoot().toPath().resolve("homegw.diagnostics.jar")));

        Set<String> expected = new TreeSet<>(List.of("Device.IP.Diagnostics.", "Device.IP.Diagnostics.IPPing.",
                "Device.IP.Diagnostics.TraceRoute.", "Device.IP.Diagnostics.DownloadDiagnostics.",
                "Device.IP.Diagnostics.UploadDiagnostics.", "Device.IP.Diagnostics.UDPEchoConfig.",
                "Device.IP.Diagnostics.UDPEchoDiagnostics.", "Device.IP.Diagnostics.ServerSelectionDiagnostics.",
                "Device.DNS.Diagnostics.NSLookupDiagnostics."));
        Map<String, ServiceReference<ParameterProvider>> byPath = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (byPath.size() < expected.size() && System.nanoTime() < deadline) {
            for (ServiceReference<ParameterProvider> r : ctx.getServiceReferences(ParameterProvider.class, null)) {
                byPath.put((String) r.getProperty(ParameterProvider.PATH), r);
            }
            Thread.sleep(20);
        }
        assertEquals(expected, new TreeSet<>(byPath.keySet()));

        ParameterProvider ping = ctx.getService(byPath.get("Device.IP.Diagnostics.IPPing."));
        assertNotNull(ping);
        String p = "Device.IP.Diagnostics.IPPing.";
        List<ParameterWrite> writes = List.of(new ParameterWrite(p + "Host", "127.0.0.1"),
                new ParameterWrite(p + "NumberOfRepetitions", "1"), new ParameterWrite(p + "DiagnosticsState", "Requested"));
        assertTrue(ping.validate(writes).isSuccess());
        assertEquals(0, (int) ping.write(writes).value());
        assertEquals("the start waits for the session's end", 1, held.size());
        assertEquals("Requested", ping.read(p, List.of("DiagnosticsState")).value().get("DiagnosticsState"));
        held.forEach(Runnable::run);
        CwmpEvent event = events.poll(30, TimeUnit.SECONDS);
        assertEquals(CwmpEvent.DIAGNOSTICS_COMPLETE, event == null ? null : event.code());
        assertEquals("Complete", ping.read(p, List.of("DiagnosticsState")).value().get("DiagnosticsState"));
        assertEquals("1", ping.read(p, List.of("SuccessCount")).value().get("SuccessCount"));

        ParameterProvider flags = ctx.getService(byPath.get("Device.IP.Diagnostics."));
        assertEquals("true", flags.read("Device.IP.Diagnostics.", List.of("IPv4PingSupported")).value()
                .get("IPv4PingSupported"));
    }
}
