package org.homegw.diagnostics.internal.udpecho;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.diagnostics.internal.core.Cancellation;
import org.homegw.diagnostics.internal.core.DiagnosticTest;
import org.homegw.diagnostics.internal.core.TestResult;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.net.Inputs;
import org.homegw.diagnostics.internal.net.SourceAddress;

/** Device.IP.Diagnostics.UDPEchoDiagnostics. (TR-143 UDP echo client; response times in µs). */
public final class UdpEchoTest implements DiagnosticTest {

    public static final String PATH = "Device.IP.Diagnostics.UDPEchoDiagnostics.";
    static final int MAX_RESULTS = 100;

    private static final System.Logger LOG = System.getLogger(UdpEchoTest.class.getName());
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final HostResolver resolver;
    private final UdpEchoClient client;

    public UdpEchoTest(HostResolver resolver, Clock clock) {
        this.resolver = resolver;
        this.client = new UdpEchoClient(clock);
    }

    @Override
    public String objectPath() {
        return PATH;
    }

    @Override
    public Map<String, String> inputDefaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Interface", "");
        m.put("Host", "");
        m.put("Port", "7");
        m.put("NumberOfRepetitions", "1");
        m.put("Timeout", "5000");
        m.put("DataBlockSize", "24");
        m.put("DSCP", "0");
        m.put("InterTransmissionTime", "1000");
        m.put("ProtocolVersion", "Any");
        m.put("EnableIndividualPacketResults", "false");
        return m;
    }

    @Override
    public Map<String, String> capabilities() {
        return Map.of("UDPEchoDiagnosticsMaxResults", Integer.toString(MAX_RESULTS));
    }

    @Override
    public TestResult initialResult() {
        return summary("None", "", List.of(), false);
    }

    @Override
    public Outcome<Void> checkRequest(Map<String, String> inputs) {
        return Inputs.text(inputs, "Host").isEmpty()
                ? Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE, "UDPEchoDiagnostics needs a Host")
                : Outcome.success(null);
    }

    @Override
    public TestResult run(Map<String, String> inputs, Cancellation cancel) throws InterruptedException {
        InetAddress address;
        try {
            address = resolver.resolve(Inputs.text(inputs, "Host"), Inputs.text(inputs, "ProtocolVersion"));
        } catch (UnknownHostException e) {
            return initialResult().withState(TestResult.ERROR_CANNOT_RESOLVE_HOST_NAME);
        }
        try {
            List<UdpEchoClient.Packet> packets = client.run(
                    new InetSocketAddress(address, Inputs.intValue(inputs, "Port", 7, 1, 65_535)),
                    Inputs.source(inputs, address),
                    Inputs.intValue(inputs, "NumberOfRepetitions", 1, 1, 100_000),
                    Inputs.intValue(inputs, "Timeout", 5000, 1, Integer.MAX_VALUE),
                    Inputs.intValue(inputs, "DataBlockSize", 24, 1, 65_507),
                    Inputs.intValue(inputs, "DSCP", 0, 0, 63),
                    Inputs.intValue(inputs, "InterTransmissionTime", 1000, 1, 65_535), cancel);
            return summary(TestResult.COMPLETE, Inputs.addressUsed(inputs, address), packets,
                    Inputs.bool(inputs, "EnableIndividualPacketResults"));
        } catch (IOException e) {
            cancel.check();
            LOG.log(Level.INFO, "UDP echo to {0} failed: {1}", address, e.toString());
            return initialResult().withState(TestResult.ERROR_OTHER);
        }
    }

    private static TestResult summary(String state, String addressUsed, List<UdpEchoClient.Packet> packets,
            boolean individual) {
        LongSummaryStatistics s = packets.stream().filter(UdpEchoClient.Packet::success)
                .mapToLong(UdpEchoClient.Packet::micros).summaryStatistics();
        boolean any = s.getCount() > 0;
        Map<String, String> v = new LinkedHashMap<>();
        v.put("IPAddressUsed", addressUsed);
        v.put("SuccessCount", Long.toString(s.getCount()));
        v.put("FailureCount", Long.toString(packets.size() - s.getCount()));
        v.put("AverageResponseTime", Long.toString(any ? Math.round(s.getAverage()) : 0));
        v.put("MinimumResponseTime", Long.toString(any ? s.getMin() : 0));
        v.put("MaximumResponseTime", Long.toString(any ? s.getMax() : 0));
        List<Map<String, String>> rows = new ArrayList<>();
        if (individual) {
            for (UdpEchoClient.Packet p : packets.subList(0, Math.min(packets.size(), MAX_RESULTS))) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("PacketSuccess", Boolean.toString(p.success()));
                row.put("PacketSendTime", MICROS.format(p.sent()));
                row.put("PacketReceiveTime", p.received() == null ? "0001-01-01T00:00:00Z" : MICROS.format(p.received()));
                row.put("TestGenSN", Long.toString(p.genSn()));
                EchoPlusHeader h = p.reply();
                row.put("TestRespSN", Long.toString(h == null ? 0 : h.respSn()));
                row.put("TestRespRcvTimeStamp", Long.toString(h == null ? 0 : h.recvTimestamp()));
                row.put("TestRespReplyTimeStamp", Long.toString(h == null ? 0 : h.replyTimestamp()));
                row.put("TestRespReplyFailureCount", Long.toString(h == null ? 0 : h.replyFailures()));
                rows.add(row);
            }
        }
        return new TestResult(state, v, Map.of("IndividualPacketResult.", rows));
    }
}
