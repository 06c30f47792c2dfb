package org.homegw.cwmp.connreq.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.homegw.cwmp.connreq.internal.stun.Rfc3489TestServer;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestValidator;
import org.homegw.testkit.SettableClock;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ConnectionRequestServiceTest {

    @Rule
    public TemporaryFolder state = new TemporaryFolder();

    private final SettableClock clock = new SettableClock(Instant.ofEpochSecond(1_700_000_000L));
    private final ManualScheduler scheduler = new ManualScheduler();
    private final FakeDataModel dataModel = new FakeDataModel().set("ConnectionRequestUsername", "acs")
            .set("ConnectionRequestPassword", "pw").set("URL", "http://127.0.0.1:9/acs");
    private final FakeSessionRequests sessions = new FakeSessionRequests();
    private final ConnectionRequestParameters parameters = new ConnectionRequestParameters("Device.");
    private final List<String> changes = new CopyOnWriteArrayList<>();
    private volatile InetAddress reachable;
    private ConnectionRequestService service;
    private Rfc3489TestServer stunServer;

    private final ReachableAddressFinder finder = new ReachableAddressFinder() {
        @Override
        public InetAddress addressToward(String host, int port) {
            return reachable;
        }
    };

    @Before
    public void setUp() {
        reachable = InetAddress.getLoopbackAddress();
        parameters.attach(paths -> changes.addAll(List.of(paths)));
    }

    @After
    public void tearDown() throws Exception {
        if (service != null) {
            service.close();
        }
        if (stunServer != null) {
            stunServer.close();
        }
        LeakedThreads.assertNone();
    }

    private ConnectionRequestService start() throws IOException {
        service = new ConnectionRequestService(new ConnectionRequestService.Options("127.0.0.1", 0, 0, 5,
                Duration.ofSeconds(60), false, Duration.ofMinutes(5), 2, Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofHours(1), state.getRoot().toPath()), dataModel, sessions,
                parameters, clock, scheduler, finder);
        service.start();
        return service;
    }

    private String url() {
        return parameters.value(ConnectionRequestParameters.CONNECTION_REQUEST_URL);
    }

    @Test
    public void publishes_the_url_with_a_persisted_random_path() throws Exception {
        start();
        String url = url();
        assertTrue(url, url.matches("http://127\\.0\\.0\\.1:" + service.httpPort() + "/[0-9a-f]{32}"));
        assertEquals("HTTP", parameters.value(ConnectionRequestParameters.SUPPORTED_CONN_REQ_METHODS));
        assertTrue(changes.contains("Device.ManagementServer.ConnectionRequestURL"));
        String path = url.substring(url.lastIndexOf('/') + 1);
        assertEquals(path + "\n", Files.readString(state.getRoot().toPath().resolve("connreq-path")));
        service.close();
        start();
        assertTrue("same path after a restart", url().endsWith("/" + path));
    }

    @Test
    public void an_invalid_stored_path_is_replaced() throws Exception {
        Files.writeString(state.getRoot().toPath().resolve("connreq-path"), "../../etc\n");
        start();
        assertTrue(url().matches(".*/[0-9a-f]{32}"));
    }

    @Test
    public void disabling_http_closes_the_listener_and_empties_the_url() throws Exception {
        start();
        int port = service.httpPort();
        dataModel.set("HTTPConnectionRequestEnable", "false");
        changes.clear();
        scheduler.runNext(); // the poll notices the change
        assertEquals("", url());
        assertEquals("", parameters.value(ConnectionRequestParameters.SUPPORTED_CONN_REQ_METHODS));
        assertTrue(changes.contains("Device.ManagementServer.ConnectionRequestURL"));
        try {
            new Socket(InetAddress.getLoopbackAddress(), port).close();
            fail("listener still open");
        } catch (IOException expected) {
            // closed
        }
        dataModel.set("HTTPConnectionRequestEnable", "true");
        service.reconcile();
        assertTrue(url().startsWith("http://127.0.0.1:"));
    }

    @Test
    public void a_pushed_settings_change_applies_at_once_not_at_the_next_poll() throws Exception {
        start();
        dataModel.set("HTTPConnectionRequestEnable", "false");
        service.settingsChanged();
        ManualScheduler.Task now = scheduler.pending().stream().filter(t -> t.delay.isZero()).findFirst()
                .orElseThrow(() -> new AssertionError("nothing scheduled at once"));
        assertTrue(url().startsWith("http://"));
        now.runnable.run();
        assertEquals("", url());
        assertEquals(-1, service.httpPort());
    }

    @Test
    public void a_settings_change_after_close_schedules_nothing() throws Exception {
        start();
        service.close();
        int before = scheduler.pending().size();
        service.settingsChanged();
        assertEquals(before, scheduler.pending().size());
    }

    @Test
    public void notices_a_change_of_the_reachable_address() throws Exception {
        service = new ConnectionRequestService(new ConnectionRequestService.Options("", 0, 0, 5,
                Duration.ofSeconds(60), false, Duration.ofMinutes(5), 2, Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofHours(1), state.getRoot().toPath()), dataModel, sessions,
                parameters, clock, scheduler, finder);
        service.start();
        assertTrue(url().startsWith("http://127.0.0.1:"));
        changes.clear();
        reachable = InetAddress.getByName("192.0.2.10");
        scheduler.runNext();
        assertTrue(url(), url().startsWith("http://192.0.2.10:" + service.httpPort() + "/"));
        assertEquals(List.of("Device.ManagementServer.ConnectionRequestURL"), changes);
    }

    @Test
    public void stun_sets_nat_detected_and_the_udp_address_and_udp_requests_start_sessions() throws Exception {
        stunServer = new Rfc3489TestServer();
        InetSocketAddress publicAddress = new InetSocketAddress(InetAddress.getByName("198.51.100.4"), 61000);
        stunServer.reportMapping(publicAddress);
        dataModel.set("STUNEnable", "true").set("STUNServerAddress", "127.0.0.1")
                .set("STUNServerPort", Integer.toString(stunServer.address().getPort()));
        start();
        assertEquals("HTTP,STUN", parameters.value(ConnectionRequestParameters.SUPPORTED_CONN_REQ_METHODS));
        awaitTrue(() -> "true".equals(parameters.value(ConnectionRequestParameters.NAT_DETECTED)));
        assertEquals("198.51.100.4:61000",
                parameters.value(ConnectionRequestParameters.UDP_CONNECTION_REQUEST_ADDRESS));
        assertTrue(changes.contains("Device.ManagementServer.NATDetected"));
        assertTrue(changes.contains("Device.ManagementServer.UDPConnectionRequestAddress"));

        String sig = UdpConnectionRequestValidator.sign("pw", "1700000000" + "9" + "acs" + "cn1");
        byte[] d = ("GET http://198.51.100.4:61000?ts=1700000000&id=9&un=acs&cn=cn1&sig=" + sig + " HTTP/1.1\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (DatagramSocket acs = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            acs.send(new DatagramPacket(d, d.length, InetAddress.getLoopbackAddress(), service.udpPort()));
        }
        assertTrue(sessions.awaitCalls(1));

        dataModel.set("STUNEnable", "false");
        service.reconcile();
        assertEquals("", parameters.value(ConnectionRequestParameters.UDP_CONNECTION_REQUEST_ADDRESS));
        assertEquals("false", parameters.value(ConnectionRequestParameters.NAT_DETECTED));
        assertEquals("HTTP", parameters.value(ConnectionRequestParameters.SUPPORTED_CONN_REQ_METHODS));
    }

    @Test
    public void an_accepted_udp_request_cannot_be_replayed_after_a_restart() throws Exception {
        stunServer = new Rfc3489TestServer();
        dataModel.set("STUNEnable", "true").set("STUNServerAddress", "127.0.0.1")
                .set("STUNServerPort", Integer.toString(stunServer.address().getPort()));
        start();
        String sig = UdpConnectionRequestValidator.sign("pw", "1700000000" + "9" + "acs" + "cn1");
        byte[] d = ("GET http://127.0.0.1:1?ts=1700000000&id=9&un=acs&cn=cn1&sig=" + sig + " HTTP/1.1\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        sendUdp(d);
        assertTrue(sessions.awaitCalls(1));
        assertEquals("1700000000\n",
                Files.readString(state.getRoot().toPath().resolve(UdpTimestampStore.FILE_NAME)));
        service.close();
        start();
        sendUdp(d);
        awaitTrue(() -> service.udpReceiver().droppedCount(
                org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestValidator.Drop.REPLAYED_TIMESTAMP) == 1);
        String newer = UdpConnectionRequestValidator.sign("pw", "1700000001" + "10" + "acs" + "cn2");
        sendUdp(("GET http://127.0.0.1:1?ts=1700000001&id=10&un=acs&cn=cn2&sig=" + newer + " HTTP/1.1\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertTrue(sessions.awaitCalls(1));
        assertEquals(2, sessions.calls.size());
    }

    private void sendUdp(byte[] d) throws IOException {
        try (DatagramSocket acs = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            acs.send(new DatagramPacket(d, d.length, InetAddress.getLoopbackAddress(), service.udpPort()));
        }
    }

    @Test
    public void without_nat_the_udp_address_is_the_local_one() throws Exception {
        stunServer = new Rfc3489TestServer();
        dataModel.set("STUNEnable", "1").set("STUNServerAddress", "127.0.0.1")
                .set("STUNServerPort", Integer.toString(stunServer.address().getPort()));
        start();
        stunServer.nextRequest();
        String local = "127.0.0.1:" + service.udpPort();
        awaitTrue(() -> local.equals(parameters.value(ConnectionRequestParameters.UDP_CONNECTION_REQUEST_ADDRESS)));
        Thread.sleep(100);
        assertEquals("false", parameters.value(ConnectionRequestParameters.NAT_DETECTED));
    }

    @Test
    public void provider_reads_only_its_own_parameters() throws Exception {
        start();
        var read = parameters.read("Device.ManagementServer.",
                List.of("ConnectionRequestURL", "NATDetected", "ConnectionRequestPassword")).value();
        assertEquals(2, read.size());
        assertEquals(url(), read.get("ConnectionRequestURL"));
        assertEquals("false", read.get("NATDetected"));
    }

    @Test
    public void serves_and_announces_under_the_tr098_root_too() {
        ConnectionRequestParameters igd = new ConnectionRequestParameters("InternetGatewayDevice.");
        List<String> seen = new CopyOnWriteArrayList<>();
        igd.attach(paths -> seen.addAll(List.of(paths)));
        igd.setNatDetected(true);
        assertEquals(List.of("InternetGatewayDevice.ManagementServer.NATDetected"), seen);
        assertEquals("true", igd.read("InternetGatewayDevice.ManagementServer.", List.of("NATDetected")).value()
                .get("NATDetected"));
        assertTrue(igd.read("Device.ManagementServer.", List.of("NATDetected")).value().isEmpty());
        assertEquals(4, igd.paths().size());
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 250 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean());
    }
}
