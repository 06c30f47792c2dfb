package org.homegw.diagnostics.internal.ping;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.diagnostics.internal.core.Harness;
import org.homegw.diagnostics.internal.core.LabHosts;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** IPPing through the provider SPI, against 127.0.0.1 and fake ping commands (shell scripts). */
public class IpPingDiagnosticTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Harness h;

    /** Resolves only the names of the test lab; anything else does not exist. */
    private static final HostResolver LAB = LabHosts.loopbackNamed("gw.lab", "127.0.0.1");

    @After
    public void tearDown() throws InterruptedException {
        if (h != null) {
            h.close();
        }
    }

    private Harness with(PingMethod... methods) {
        h = new Harness(new IpPingTest(LAB, List.of(methods)));
        return h;
    }

    private Path script(String body) throws IOException {
        Path p = tmp.newFile("ping-" + System.nanoTime()).toPath();
        Files.writeString(p, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    @Test
    public void pings_loopback_with_the_java_method() throws Exception {
        with(new ReachabilityPing(0));
        h.set("Host", "127.0.0.1", "NumberOfRepetitions", "3", "Timeout", "2000", "DiagnosticsState", "Requested");
        assertEquals("Complete", h.awaitCompletion());
        assertEquals("Complete", h.get("DiagnosticsState"));
        assertEquals("3", h.get("SuccessCount"));
        assertEquals("0", h.get("FailureCount"));
        long min = Long.parseLong(h.get("MinimumResponseTimeDetailed"));
        long avg = Long.parseLong(h.get("AverageResponseTimeDetailed"));
        long max = Long.parseLong(h.get("MaximumResponseTimeDetailed"));
        assertTrue(min + " <= " + avg + " <= " + max, min <= avg && avg <= max && max > 0);
        assertEquals(Math.round(max / 1000.0), Long.parseLong(h.get("MaximumResponseTime")));
        assertEquals("127.0.0.1", h.get("IPAddressUsed"));
    }

    @Test
    public void unresolvable_host_gives_error_cannot_resolve_host_name() throws Exception {
        with(new ReachabilityPing(0));
        h.set("Host", "nowhere.invalid", "DiagnosticsState", "Requested");
        assertEquals("Error_CannotResolveHostName", h.awaitCompletion());
        assertEquals("0", h.get("SuccessCount"));
    }

    @Test
    public void ipv6_only_request_for_an_ipv4_host_cannot_resolve() throws Exception {
        with(new ReachabilityPing(0));
        h.set("Host", "gw.lab", "ProtocolVersion", "IPv6", "DiagnosticsState", "Requested");
        assertEquals("Error_CannotResolveHostName", h.awaitCompletion());
    }

    @Test
    public void refuses_requested_without_a_host() {
        with(new ReachabilityPing(0));
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, h.set("DiagnosticsState", "Requested").faultOrNull().code());
        assertEquals("None", h.get("DiagnosticsState"));
    }

    @Test
    public void system_ping_gets_the_test_parameters_and_its_output_is_the_result() throws Exception {
        Path args = tmp.getRoot().toPath().resolve("args");
        Path ping = script("echo \"$@\" > " + args + "\n"
                + "echo '64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=1.500 ms'\n"
                + "echo '64 bytes from 127.0.0.1: icmp_seq=2 ttl=64 time=2.500 ms'\n"
                + "echo '3 packets transmitted, 2 received, 33% packet loss, time 2003ms'\nexit 1\n");
        with(new SystemPing(ping.toString()), new ReachabilityPing(0));
        h.set("Host", "gw.lab", "NumberOfRepetitions", "3", "Timeout", "1500", "DataBlockSize", "100",
                "DSCP", "46", "DiagnosticsState", "Requested");
        assertEquals("Complete", h.awaitCompletion());
        assertEquals("-4 -n -c 3 -W 2 -s 100 -Q 184 127.0.0.1", Files.readString(args).strip());
        assertEquals("2", h.get("SuccessCount"));
        assertEquals("1", h.get("FailureCount"));
        assertEquals("2000", h.get("AverageResponseTimeDetailed"));
        assertEquals("1500", h.get("MinimumResponseTimeDetailed"));
        assertEquals("2500", h.get("MaximumResponseTimeDetailed"));
        assertEquals("2", h.get("AverageResponseTime"));
        assertEquals("3", h.get("MaximumResponseTime"));
    }

    @Test
    public void unprivileged_system_ping_falls_back_to_the_java_method() throws Exception {
        Path ping = script("echo 'ping: socket: Operation not permitted' >&2\nexit 2\n");
        with(new SystemPing(ping.toString()), new ReachabilityPing(0));
        h.set("Host", "127.0.0.1", "NumberOfRepetitions", "1", "DiagnosticsState", "Requested");
        assertEquals("Complete", h.awaitCompletion());
        assertEquals("1", h.get("SuccessCount"));
    }

    @Test
    public void absent_system_ping_falls_back_to_the_java_method() throws Exception {
        with(new SystemPing(tmp.getRoot() + "/no-ping-here"), new ReachabilityPing(0));
        h.set("Host", "127.0.0.1", "NumberOfRepetitions", "1", "DiagnosticsState", "Requested");
        assertEquals("Complete", h.awaitCompletion());
        assertEquals("1", h.get("SuccessCount"));
    }

    @Test
    public void unreachable_network_gives_error_no_route_to_host() throws Exception {
        Path ping = script("echo 'connect: Network is unreachable'\nexit 2\n");
        with(new SystemPing(ping.toString()), new ReachabilityPing(0));
        h.set("Host", "gw.lab", "DiagnosticsState", "Requested");
        assertEquals("Error_NoRouteToHost", h.awaitCompletion());
    }

    @Test
    public void writing_an_input_kills_a_running_system_ping() throws Exception {
        Path started = tmp.getRoot().toPath().resolve("started");
        Path ping = script("touch " + started + "\nexec sleep 60\n");
        with(new SystemPing(ping.toString()));
        h.set("Host", "gw.lab", "DiagnosticsState", "Requested");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!Files.exists(started)) {
            assertTrue("fake ping did not start", System.nanoTime() < deadline);
            Thread.onSpinWait();
        }
        h.set("Timeout", "500");
        assertEquals("None", h.get("DiagnosticsState"));
        h.close();
        assertEquals(Set.of(), Set.copyOf(h.completions));
        assertEquals("None", h.get("DiagnosticsState"));
    }
}
