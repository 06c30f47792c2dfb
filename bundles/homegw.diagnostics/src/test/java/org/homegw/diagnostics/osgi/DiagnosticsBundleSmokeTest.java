package org.homegw.diagnostics.osgi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.api.SessionLifecycle;
import org.homegw.cwmp.api.SessionRequests;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts Felix with SCR, installs this bundle (jarred from target/classes, with bnd's manifest and DS
 * XML), and checks every diagnostics provider registers with its homegw.dm.path, that a requested
 * IPPing waits for the CWMP session's end (a fake SessionLifecycle holding it) and that, finished, it
 * asks the CWMP client (a fake SessionRequests) for "8 DIAGNOSTICS COMPLETE".
 */
public class DiagnosticsBundleSmokeTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Framework framework;

    @After
    public void stop() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    public void providers_register_and_a_finished_ping_requests_a_session() throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", tmp.newFolder("felix").getAbsolutePath());
        config.put("org.osgi.framework.storage.clean", "onFirstInit");
        config.put("org.osgi.framework.system.packages.extra", "org.homegw.cwmp.api;version=1.1.0,"
                + "org.homegw.datamodel.api;version=1.0.0,org.homegw.datamodel.spi;version=1.3.0");
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        BundleContext ctx = framework.getBundleContext();
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
        for (String p : List.of("homegw.test.function", "homegw.test.promise", "homegw.test.dsapi", "homegw.test.scr")) {
            install(ctx, new File(System.getProperty(p)));
        }
        install(ctx, jarOfTargetClasses());

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

    private static void install(BundleContext ctx, File jar) throws Exception {
        try (InputStream in = new FileInputStream(jar)) {
            Bundle b = ctx.installBundle(jar.toURI().toString(), in);
            b.start();
        }
    }

    private File jarOfTargetClasses() throws IOException {
        Path classes = Path.of("target/classes");
        Manifest manifest;
        try (InputStream in = Files.newInputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        File jar = tmp.newFile("homegw.diagnostics.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar.toPath()), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
                if (!name.equals("META-INF/MANIFEST.MF")) {
                    out.putNextEntry(new ZipEntry(name));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }
}
