package org.homegw.diagnostics.internal.udpecho;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.diagnostics.internal.core.Harness;
import org.homegw.diagnostics.internal.core.LabHosts;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The gateway's UDP echo server (UDPEchoConfig) and the UDPEchoDiagnostics client against it, on loopback. */
public class UdpEchoDiagnosticTest {

    private static final HostResolver LAB = LabHosts.LOOPBACK_ONLY;

    private UdpEchoConfigProvider config;
    private Harness echo;
    private int port;

    @Before
    public void setUp() throws Exception {
        config = new UdpEchoConfigProvider(Clock.systemUTC(), InetAddress.getLoopbackAddress());
        echo = new Harness(new UdpEchoTest(LAB, Clock.systemUTC()));
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = probe.getLocalPort();
        }
    }

    @After
    public void tearDown() throws Exception {
        echo.close();
        config.close();
    }

    private Outcome<Integer> configure(String... pairs) {
        List<ParameterWrite> writes = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            writes.add(new ParameterWrite(UdpEchoConfigProvider.PATH + pairs[i], pairs[i + 1]));
        }
        Outcome<Void> ok = config.validate(writes);
        return ok.isSuccess() ? config.write(writes) : Outcome.failure(ok.faultOrNull());
    }

    private String server(String name) {
        return config.read(UdpEchoConfigProvider.PATH, (Collection<String>) List.of(name)).value().get(name);
    }

    @Test
    public void echo_plus_round_trips_through_the_gateway_server() throws Exception {
        configure("UDPPort", Integer.toString(port), "EchoPlusEnabled", "true", "Enable", "true").value();
        echo.set("Host", "127.0.0.1", "Port", Integer.toString(port), "NumberOfRepetitions", "3",
                "InterTransmissionTime", "1", "Timeout", "2000", "EnableIndividualPacketResults", "true",
                "DiagnosticsState", "Requested");
        assertEquals("Complete", echo.awaitCompletion());
        assertEquals("3", echo.get("SuccessCount"));
        assertEquals("0", echo.get("FailureCount"));
        long min = Long.parseLong(echo.get("MinimumResponseTime"));
        long max = Long.parseLong(echo.get("MaximumResponseTime"));
        assertTrue(min <= max && max > 0);
        assertEquals("3", echo.get("IndividualPacketResultNumberOfEntries"));
        for (int i = 1; i <= 3; i++) {
            String row = "IndividualPacketResult." + i + ".";
            assertEquals("true", echo.read(row, "PacketSuccess"));
            assertEquals(Integer.toString(i), echo.read(row, "TestGenSN"));
            assertEquals("the server's response count", Integer.toString(i), echo.read(row, "TestRespSN"));
        }
        assertEquals("3", server("PacketsReceived"));
        assertEquals("3", server("PacketsResponded"));
        assertEquals("payload and UDP header", Integer.toString(3 * (24 + 8)), server("BytesReceived"));
        assertTrue(server("TimeFirstPacketReceived").endsWith("Z"));
    }

    @Test
    public void the_server_answers_only_the_configured_source() throws Exception {
        configure("UDPPort", Integer.toString(port), "SourceIPAddress", "192.0.2.1", "Enable", "true").value();
        echo.set("Host", "127.0.0.1", "Port", Integer.toString(port), "Timeout", "200",
                "DiagnosticsState", "Requested");
        assertEquals("Complete", echo.awaitCompletion());
        assertEquals("0", echo.get("SuccessCount"));
        assertEquals("1", echo.get("FailureCount"));
        assertEquals("0", echo.get("AverageResponseTime"));
        assertEquals("0", server("PacketsReceived"));
    }

    @Test
    public void disabling_stops_the_server_and_packets_fail() throws Exception {
        configure("UDPPort", Integer.toString(port), "Enable", "true").value();
        configure("Enable", "false").value();
        echo.set("Host", "127.0.0.1", "Port", Integer.toString(port), "Timeout", "200",
                "DiagnosticsState", "Requested");
        assertEquals("Complete", echo.awaitCompletion());
        assertEquals("1", echo.get("FailureCount"));
    }

    @Test
    public void enable_without_a_port_is_refused() {
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, configure("Enable", "true").faultOrNull().code());
        assertEquals("false", server("Enable"));
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE,
                configure("SourceIPAddress", "not-an-ip").faultOrNull().code());
    }

    @Test
    public void unresolvable_host_gives_error_cannot_resolve_host_name() throws Exception {
        echo.set("Host", "nowhere.invalid", "DiagnosticsState", "Requested");
        assertEquals("Error_CannotResolveHostName", echo.awaitCompletion());
    }

    @Test
    public void counters_are_cleared_when_enabled_again() throws Exception {
        configure("UDPPort", Integer.toString(port), "Enable", "true").value();
        echo.set("Host", "127.0.0.1", "Port", Integer.toString(port), "DiagnosticsState", "Requested");
        echo.awaitCompletion();
        assertEquals("1", server("PacketsReceived"));
        configure("Enable", "false").value();
        configure("Enable", "true").value();
        assertEquals("0", server("PacketsReceived"));
        assertEquals(Map.of(), config.read("Device.Other.", List.of("Enable")).value());
    }

    @Test
    public void an_interface_binds_the_echo_server_to_its_address_and_an_unknown_one_is_refused() throws Exception {
        InetAddress second = InetAddress.getByName("127.0.0.2");
        UdpEchoConfigProvider bound = new UdpEchoConfigProvider(Clock.systemUTC(), null,
                path -> path.equals("Device.IP.Interface.1") ? List.of(second) : List.of());
        try {
            List<ParameterWrite> unknown = List.of(new ParameterWrite(UdpEchoConfigProvider.PATH + "Interface",
                    "Device.IP.Interface.9"));
            assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, bound.validate(unknown).faultOrNull().code());
            bound.write(List.of(new ParameterWrite(UdpEchoConfigProvider.PATH + "Interface", "Device.IP.Interface.1"),
                    new ParameterWrite(UdpEchoConfigProvider.PATH + "UDPPort", Integer.toString(port)),
                    new ParameterWrite(UdpEchoConfigProvider.PATH + "Enable", "true"))).value();
            assertTrue("answers on the interface's address", echoes("127.0.0.2"));
            assertTrue("silent on another address", !echoes("127.0.0.1"));
        } finally {
            bound.close();
        }
    }

    private boolean echoes(String address) throws Exception {
        try (DatagramSocket s = new DatagramSocket()) {
            s.setSoTimeout(500);
            byte[] out = new byte[24];
            s.send(new java.net.DatagramPacket(out, out.length, new InetSocketAddress(address, port)));
            s.receive(new java.net.DatagramPacket(new byte[64], 64));
            return true;
        } catch (java.net.SocketTimeoutException | java.net.PortUnreachableException e) {
            return false;
        }
    }
}
