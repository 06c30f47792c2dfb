package org.homegw.cwmp.connreq.osgi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.homegw.cwmp.api.SessionRequests;
import org.homegw.cwmp.connreq.internal.FakeDataModel;
import org.homegw.cwmp.connreq.internal.FakeSessionRequests;
import org.homegw.cwmp.connreq.internal.LeakedThreads;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.testkit.TestFramework;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts Felix with SCR, installs this bundle (jarred from target/classes, where bnd wrote the
 * manifest and DS/Metatype XML), registers fake DataModel and SessionRequests services and checks
 * the component comes up, serves its parameters and turns a digest Connection Request into a session.
 */
public class ConnectionRequestBundleSmokeTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private TestFramework framework;

    @After
    public void stop() throws Exception {
        if (framework != null) {
            framework.close();
        }
        LeakedThreads.assertNone();
    }

    @Test
    public void component_serves_the_url_and_a_digest_request_starts_a_session() throws Exception {
        Path stateDir = tmp.newFolder("state").toPath();
        framework = TestFramework.start(tmp.newFolder("felix").toPath(), Map.of(
                "org.osgi.framework.system.packages.extra", "org.homegw.cwmp.api;version=1.1.0,"
                        + "org.homegw.datamodel.api;version=1.0.0,org.homegw.datamodel.spi;version=1.3.0,"
                        + "org.osgi.service.event;version=1.4.1",
                "homegw.state.dir", stateDir.toString(),
                "homegw.connreq.port", "0"));
        BundleContext ctx = framework.context();

        FakeDataModel dataModel = new FakeDataModel().set("ConnectionRequestUsername", "acs")
                .set("ConnectionRequestPassword", "pw").set("URL", "http://127.0.0.1:9/acs");
        FakeSessionRequests sessions = new FakeSessionRequests();
        ctx.registerService(DataModel.class, dataModel, null);
        ctx.registerService(SessionRequests.class, sessions, null);

        framework.installAndStartFromProperties("homegw.test.function", "homegw.test.promise", "homegw.test.dsapi",
                "homegw.test.scr");
        framework.installAndStart(TestFramework.jarOf(Path.of("target/classes"),
                tmp.getRoot().toPath().resolve("homegw.cwmp.connreq.jar")));

        ServiceTracker<ParameterProvider, ParameterProvider> tracker = new ServiceTracker<>(ctx,
                ParameterProvider.class, null);
        tracker.open();
        ParameterProvider provider = tracker.waitForService(10_000);
        assertNotNull("component did not register its ParameterProvider", provider);
        ServiceReference<ParameterProvider> ref = tracker.getServiceReference();
        List<String> paths = Arrays.asList((String[]) ref.getProperty(ParameterProvider.PATH));
        assertTrue(paths.toString(), paths.containsAll(List.of("Device.ManagementServer.ConnectionRequestURL",
                "Device.ManagementServer.UDPConnectionRequestAddress", "Device.ManagementServer.NATDetected",
                "Device.ManagementServer.SupportedConnReqMethods",
                "InternetGatewayDevice.ManagementServer.ConnectionRequestURL")));

        String url = provider.read("Device.ManagementServer.", List.of("ConnectionRequestURL")).value()
                .get("ConnectionRequestURL");
        assertTrue(url, url.startsWith("http://127.0.0.1:"));
        assertTrue("path persisted in homegw.state.dir", Files.exists(stateDir.resolve("connreq-path")));

        URI uri = URI.create(url);
        assertEquals(200, digestGet(uri.getPort(), uri.getPath()));
        assertTrue(sessions.awaitCalls(1));
        tracker.close();
    }

    /** Challenge, then a SHA-256 digest answer; returns the second status. */
    private static int digestGet(int port, String path) throws Exception {
        String challenge = exchange(port, "GET " + path + " HTTP/1.1\r\nConnection: close\r\n\r\n").stream()
                .filter(h -> h.startsWith("WWW-Authenticate: Digest") && h.contains("SHA-256")).findFirst()
                .orElseThrow();
        String nonce = param(challenge, "nonce");
        String opaque = param(challenge, "opaque");
        String realm = param(challenge, "realm");
        String ha1 = sha256("acs:" + realm + ":pw");
        String ha2 = sha256("GET:" + path);
        String response = sha256(ha1 + ":" + nonce + ":00000001:abc:auth:" + ha2);
        String auth = "Digest username=\"acs\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + path
                + "\", algorithm=SHA-256, qop=auth, nc=00000001, cnonce=\"abc\", response=\"" + response
                + "\", opaque=\"" + opaque + "\"";
        String status = exchange(port, "GET " + path + " HTTP/1.1\r\nAuthorization: " + auth
                + "\r\nConnection: close\r\n\r\n").get(0);
        return Integer.parseInt(status.split(" ")[1]);
    }

    private static String param(String header, String name) {
        int i = header.indexOf(name + "=\"") + name.length() + 2;
        return header.substring(i, header.indexOf('"', i));
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> exchange(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Arrays.asList(new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)
                    .split("\r\n"));
        }
    }
}
