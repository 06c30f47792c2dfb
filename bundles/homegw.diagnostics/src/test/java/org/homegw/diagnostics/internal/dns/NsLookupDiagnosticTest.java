package org.homegw.diagnostics.internal.dns;

import static org.junit.Assert.assertEquals;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.diagnostics.internal.core.Harness;
import org.homegw.diagnostics.internal.core.LabHosts;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** NSLookupDiagnostics through the provider SPI against a DNS server on 127.0.0.1. */
public class NsLookupDiagnosticTest {

    private LabDnsServer dns;
    private Harness h;
    private ResolvConf resolvConf = new ResolvConf(List.of("127.0.0.1"), List.of("lab"));

    private static final HostResolver LAB = LabHosts.LOOPBACK_ONLY;

    @Before
    public void setUp() throws Exception {
        dns = new LabDnsServer(Map.of(
                "www.lab", List.of(InetAddress.getByName("192.0.2.10"), InetAddress.getByName("192.0.2.11"),
                        InetAddress.getByName("2001:db8::10")),
                "empty.lab", List.of()));
        h = new Harness(new NsLookupTest(LAB, () -> resolvConf, dns.port()));
    }

    @After
    public void tearDown() throws Exception {
        h.close();
        dns.close();
    }

    @Test
    public void looks_up_a_name_at_the_given_server_once_per_repetition() throws Exception {
        h.set("HostName", "www.lab", "DNSServer", "127.0.0.1", "NumberOfRepetitions", "2",
                "DiagnosticsState", "Requested");
        assertEquals("Complete", h.awaitCompletion());
        assertEquals("2", h.get("SuccessCount"));
        assertEquals("2", h.get("ResultNumberOfEntries"));
        assertEquals(List.of(1L, 2L), h.instances("Result."));
        for (String row : List.of("Result.1.", "Result.2.")) {
            assertEquals("Success", h.read(row, "Status"));
            assertEquals("Authoritative", h.read(row, "AnswerType"));
            assertEquals("www.lab", h.read(row, "HostNameReturned"));
            assertEquals("192.0.2.10,192.0.2.11,2001:db8:0:0:0:0:0:10", h.read(row, "IPAddresses"));
            assertEquals("127.0.0.1", h.read(row, "DNSServerIP"));
            Long.parseLong(h.read(row, "ResponseTime"));
        }
        assertEquals("A and AAAA per repetition", 4, dns.queries.get());
    }

    @Test
    public void unknown_name_is_not_resolved_and_all_failing_gives_error_other() throws Exception {
        h.set("HostName", "nothere.lab", "DNSServer", "127.0.0.1", "DiagnosticsState", "Requested");
        assertEquals("Error_Other", h.awaitCompletion());
        assertEquals("0", h.get("SuccessCount"));
        assertEquals("Error_HostNameNotResolved", h.read("Result.1.", "Status"));
        assertEquals("None", h.read("Result.1.", "AnswerType"));
        assertEquals("", h.read("Result.1.", "IPAddresses"));
    }

    @Test
    public void a_name_without_addresses_is_not_resolved() throws Exception {
        h.set("HostName", "empty.lab", "DNSServer", "127.0.0.1", "DiagnosticsState", "Requested");
        assertEquals("Error_Other", h.awaitCompletion());
        assertEquals("Error_HostNameNotResolved", h.read("Result.1.", "Status"));
    }

    @Test
    public void a_silent_server_times_out() throws Exception {
        h.set("HostName", "silent.lab", "DNSServer", "127.0.0.1", "Timeout", "200",
                "DiagnosticsState", "Requested");
        assertEquals("Error_Other", h.awaitCompletion());
        assertEquals("Error_Timeout", h.read("Result.1.", "Status"));
        assertEquals("0", h.read("Result.1.", "ResponseTime"));
    }

    @Test
    public void empty_dns_server_uses_the_resolv_conf_server_and_search_domain() throws Exception {
        h.set("HostName", "www", "DiagnosticsState", "Requested");
        assertEquals("Complete", h.awaitCompletion());
        assertEquals("www.lab", h.read("Result.1.", "HostNameReturned"));
        assertEquals("127.0.0.1", h.read("Result.1.", "DNSServerIP"));
    }

    @Test
    public void unresolvable_dns_server_gives_error_dns_server_not_resolved() throws Exception {
        h.set("HostName", "www.lab", "DNSServer", "dns.invalid", "DiagnosticsState", "Requested");
        assertEquals("Error_DNSServerNotResolved", h.awaitCompletion());
        assertEquals("0", h.get("ResultNumberOfEntries"));
    }

    @Test
    public void refuses_requested_without_a_host_name() {
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, h.set("DiagnosticsState", "Requested").faultOrNull().code());
    }

    @Test
    public void writing_an_input_cancels_a_lookup_waiting_for_a_silent_server() throws Exception {
        h.set("HostName", "silent.lab", "DNSServer", "127.0.0.1", "Timeout", "60000",
                "DiagnosticsState", "Requested");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (dns.queries.get() == 0) {
            org.junit.Assert.assertTrue(System.nanoTime() < deadline);
            Thread.onSpinWait();
        }
        h.set("HostName", "www.lab");
        assertEquals("None", h.get("DiagnosticsState"));
        h.close();
        assertEquals(0, h.completions.size());
    }
}
