package org.homegw.diagnostics.internal.dns;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.diagnostics.internal.core.Cancellation;
import org.homegw.diagnostics.internal.core.DiagnosticTest;
import org.homegw.diagnostics.internal.core.TestResult;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.net.Inputs;

/**
 * Device.DNS.Diagnostics.NSLookupDiagnostics. with its own UDP DNS client, so that the server asked,
 * the authoritative bit and the response time are real: asks DNSServer (or the first resolv.conf
 * nameserver when empty) for the A records, then the AAAA records, of HostName, NumberOfRepetitions
 * times; one Result row per repetition. All repetitions failing gives Error_Other (as the model says).
 */
public final class NsLookupTest implements DiagnosticTest {

    public static final String PATH = "Device.DNS.Diagnostics.NSLookupDiagnostics.";

    private static final System.Logger LOG = System.getLogger(NsLookupTest.class.getName());
    private static final int DEFAULT_TIMEOUT_MS = 5000;
    private static final int MAX_ADDRESSES = 10;

    private final HostResolver resolver;
    private final Supplier<ResolvConf> resolvConf;
    private final int dnsPort;
    private final DnsClient client = new DnsClient();

    /** {@code dnsPort}: 53 in production; tests point it at their own server on 127.0.0.1. */
    public NsLookupTest(HostResolver resolver, Supplier<ResolvConf> resolvConf, int dnsPort) {
        this.resolver = resolver;
        this.resolvConf = resolvConf;
        this.dnsPort = dnsPort;
    }

    @Override
    public String objectPath() {
        return PATH;
    }

    @Override
    public Map<String, String> inputDefaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Interface", "");
        m.put("HostName", "");
        m.put("DNSServer", "");
        m.put("Timeout", Integer.toString(DEFAULT_TIMEOUT_MS));
        m.put("NumberOfRepetitions", "1");
        return m;
    }

    @Override
    public TestResult initialResult() {
        return new TestResult("None", Map.of("SuccessCount", "0"), Map.of("Result.", List.of()));
    }

    @Override
    public Outcome<Void> checkRequest(Map<String, String> inputs) {
        return Inputs.text(inputs, "HostName").isEmpty()
                ? Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE,
                        "NSLookupDiagnostics needs a HostName")
                : Outcome.success(null);
    }

    @Override
    public TestResult run(Map<String, String> inputs, Cancellation cancel) throws InterruptedException {
        ResolvConf conf = resolvConf.get();
        String serverName = Inputs.text(inputs, "DNSServer");
        InetAddress server;
        try {
            if (serverName.isEmpty()) {
                if (conf.nameservers().isEmpty()) {
                    LOG.log(Level.WARNING, "NSLookup: no DNSServer given and no nameserver in resolv.conf");
                    return initialResult().withState(TestResult.ERROR_OTHER);
                }
                serverName = conf.nameservers().get(0);
            }
            server = resolver.resolve(serverName, "Any");
        } catch (UnknownHostException e) {
            LOG.log(Level.INFO, "NSLookup: DNS server {0} does not resolve", serverName);
            return initialResult().withState("Error_DNSServerNotResolved");
        }
        String name = qualified(Inputs.text(inputs, "HostName"), conf);
        long timeout = Inputs.number(inputs, "Timeout", DEFAULT_TIMEOUT_MS);
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, timeout <= 0 ? DEFAULT_TIMEOUT_MS : timeout);
        int repetitions = Inputs.intValue(inputs, "NumberOfRepetitions", 1, 1, 1000);
        InetSocketAddress target = new InetSocketAddress(server, dnsPort);
        List<Map<String, String>> rows = new ArrayList<>();
        int successes = 0;
        for (int i = 0; i < repetitions; i++) {
            cancel.check();
            Map<String, String> row = lookup(target, Inputs.source(inputs, server), name, timeoutMs, cancel);
            if ("Success".equals(row.get("Status"))) {
                successes++;
            }
            rows.add(row);
        }
        LOG.log(Level.INFO, "NSLookup of {0} at {1}: {2} of {3} succeeded", name, target, successes, repetitions);
        return new TestResult(successes > 0 ? TestResult.COMPLETE : TestResult.ERROR_OTHER,
                Map.of("SuccessCount", Integer.toString(successes)), Map.of("Result.", rows));
    }

    /** "The current domain name MUST be used unless the name is a fully qualified name." */
    private static String qualified(String host, ResolvConf conf) {
        if (host.contains(".") || conf.searchDomains().isEmpty()) {
            return host;
        }
        return host + "." + conf.searchDomains().get(0);
    }

    private Map<String, String> lookup(InetSocketAddress server, InetAddress source, String name, int timeoutMs,
            Cancellation cancel)
            throws InterruptedException {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("DNSServerIP", server.getAddress().getHostAddress());
        try {
            DnsClient.Exchange a = client.ask(server, source, name, DnsMessage.TYPE_A, timeoutMs, cancel);
            List<InetAddress> addresses = new ArrayList<>(a.answer().addresses());
            String owner = a.answer().ownerName();
            boolean authoritative = a.answer().authoritative();
            if (a.answer().rcode() == 0) {
                DnsClient.Exchange aaaa = client.ask(server, source, name, DnsMessage.TYPE_AAAA, timeoutMs, cancel);
                addresses.addAll(aaaa.answer().addresses());
                owner = owner.isEmpty() ? aaaa.answer().ownerName() : owner;
                authoritative &= aaaa.answer().authoritative() || aaaa.answer().addresses().isEmpty();
            }
            boolean found = a.answer().rcode() == 0 && !addresses.isEmpty();
            String status = found ? "Success"
                    : a.answer().rcode() == 0 || a.answer().rcode() == DnsMessage.RCODE_NXDOMAIN
                            ? "Error_HostNameNotResolved" : "Error_Other";
            row.put("Status", status);
            row.put("AnswerType", found ? (authoritative ? "Authoritative" : "NonAuthoritative") : "None");
            row.put("HostNameReturned", found ? owner : "");
            row.put("IPAddresses", addresses.stream().limit(MAX_ADDRESSES).map(InetAddress::getHostAddress)
                    .collect(Collectors.joining(",")));
            row.put("ResponseTime", Long.toString(Math.round(a.micros() / 1000.0)));
        } catch (SocketTimeoutException e) {
            failed(row, "Error_Timeout");
        } catch (PortUnreachableException e) {
            failed(row, "Error_DNSServerNotAvailable");
        } catch (IOException e) {
            LOG.log(Level.INFO, "NSLookup: {0}", e.toString());
            failed(row, "Error_Other");
        }
        return row;
    }

    private static void failed(Map<String, String> row, String status) {
        row.put("Status", status);
        row.put("AnswerType", "None");
        row.put("HostNameReturned", "");
        row.put("IPAddresses", "");
        row.put("ResponseTime", "0");
    }
}
