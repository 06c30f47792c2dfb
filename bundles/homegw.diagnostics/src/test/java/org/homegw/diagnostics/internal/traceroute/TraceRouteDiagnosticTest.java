package org.homegw.diagnostics.internal.traceroute;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.homegw.diagnostics.internal.core.Harness;
import org.homegw.diagnostics.internal.core.LabHosts;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** TraceRoute through the provider SPI with fake traceroute commands (shell scripts). */
public class TraceRouteDiagnosticTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final HostResolver LAB = LabHosts.loopbackNamed("gw.lab");

    private Harness h;

    @After
    public void tearDown() throws InterruptedException {
        if (h != null) {
            h.close();
        }
    }

    private Harness with(String scriptBody) throws Exception {
        Optional<Path> cmd = Optional.empty();
        if (scriptBody != null) {
            Path p = tmp.newFile("traceroute").toPath();
            Files.writeString(p, "#!/bin/sh\n" + scriptBody);
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            cmd = Optional.of(p);
        }
        Optional<Path> command = cmd;
        h = new Harness(new TraceRouteTest(LAB, () -> command));
        return h;
    }

    @Test
    public void hops_of_the_system_traceroute_become_route_hops() throws Exception {
        Path args = tmp.getRoot().toPath().resolve("args");
        with("echo \"$@\" > " + args + "\n"
                + "echo 'traceroute to 127.0.0.1 (127.0.0.1), 5 hops max, 60 byte packets'\n"
                + "echo ' 1  192.0.2.1  1.234 ms  2.1 ms *'\n"
                + "echo ' 2  * * *'\n"
                + "echo ' 3  127.0.0.1  4.000 ms  6.000 ms  5.000 ms'\n");
        h.set("Host", "gw.lab", "MaxHopCount", "5", "NumberOfTries", "3", "Timeout", "2500", "DSCP", "10",
                "DiagnosticsState", "Requested");
        assertEquals("Complete", h.awaitCompletion());
        assertEquals("-4 -n -q 3 -w 3 -m 5 -t 40 127.0.0.1 38", Files.readString(args).strip());
        assertEquals(List.of(1L, 2L, 3L), h.instances("RouteHops."));
        assertEquals("3", h.get("RouteHopsNumberOfEntries"));
        assertEquals("192.0.2.1", h.read("RouteHops.1.", "HostAddress"));
        assertEquals("1,2", h.read("RouteHops.1.", "RTTimes"));
        assertEquals("", h.read("RouteHops.2.", "HostAddress"));
        assertEquals("", h.read("RouteHops.2.", "RTTimes"));
        assertEquals("4,6,5", h.read("RouteHops.3.", "RTTimes"));
        assertEquals("5", h.get("ResponseTime"));
    }

    @Test
    public void not_reaching_the_host_is_max_hop_count_exceeded() throws Exception {
        with("echo ' 1  192.0.2.1  1.0 ms'\necho ' 2  * * *'\n");
        h.set("Host", "gw.lab", "MaxHopCount", "2", "DiagnosticsState", "Requested");
        assertEquals("Error_MaxHopCountExceeded", h.awaitCompletion());
        assertEquals("0", h.get("ResponseTime"));
    }

    @Test
    public void host_unreachable_annotation_sets_the_error_code() throws Exception {
        with("echo ' 1  192.0.2.1  1.0 ms !H'\n");
        h.set("Host", "gw.lab", "DiagnosticsState", "Requested");
        assertEquals("Error_MaxHopCountExceeded", h.awaitCompletion());
        assertEquals("1", h.read("RouteHops.1.", "ErrorCode"));
    }

    @Test
    public void without_a_traceroute_command_the_state_is_error_other() throws Exception {
        with(null);
        h.set("Host", "gw.lab", "DiagnosticsState", "Requested");
        assertEquals("Error_Other", h.awaitCompletion());
        assertEquals("0", h.get("RouteHopsNumberOfEntries"));
    }

    @Test
    public void unresolvable_host_gives_error_cannot_resolve_host_name() throws Exception {
        with("exit 0\n");
        h.set("Host", "nowhere.invalid", "DiagnosticsState", "Requested");
        assertEquals("Error_CannotResolveHostName", h.awaitCompletion());
    }
}
