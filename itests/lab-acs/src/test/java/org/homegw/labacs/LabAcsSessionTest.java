package org.homegw.labacs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.GetRPCMethods;
import org.homegw.cwmp.message.GetRPCMethodsResponse;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.InformResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.Reboot;
import org.homegw.cwmp.message.RebootResponse;
import org.homegw.cwmp.message.ScheduleDownload;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.cwmp.message.TransferCompleteResponse;
import org.homegw.cwmp.message.UnknownMethod;
import org.homegw.testkit.SettableClock;
import org.junit.After;
import org.junit.Test;

/** The CWMP endpoint driven by a scripted CPE: sessions, queued requests, pipelining, HoldRequests, versions. */
public class LabAcsSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private LabAcs acs;

    private LabAcs start(LabAcsConfig.Builder b) throws Exception {
        acs = LabAcs.start(b.build());
        return acs;
    }

    @After
    public void close() {
        if (acs != null) {
            acs.close();
        }
    }

    private static GetParameterValuesResponse gpvResponse(String name, String value) {
        return new GetParameterValuesResponse(List.of(ParameterValueStruct.ofString(name, value)));
    }

    @Test
    public void answers_inform_with_inform_response_its_max_envelopes_and_the_negotiated_version() throws Exception {
        start(LabAcsConfig.builder().maxEnvelopes(3));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN1");
        FakeCpe.Reply r = cpe.postInform(cpe.inform(1, "0 BOOTSTRAP", "1 BOOT"));
        assertEquals(200, r.status());
        assertEquals(1, r.envelopes().size());
        assertEquals(new InformResponse(3), r.message(0));
        assertEquals("cpe-1", r.header(0).id());
        assertEquals("1.4", r.header(0).useCwmpVersion());
        assertEquals(2, r.http().headers().allValues("Set-Cookie").size());

        assertEquals(204, cpe.postEmpty().status());
        LogEntry.InformReceived inform = acs.awaitInform("SN1", WAIT);
        assertTrue(inform.hasEvent("0 BOOTSTRAP"));
        assertEquals(CwmpVersion.V1_4, inform.version());
        assertEquals("0.1.0", inform.parameter("SoftwareVersion").orElseThrow());
        assertEquals("204 No Content", acs.awaitSessionEnd("SN1", 0, WAIT).reason());
        assertEquals(List.of(), acs.log("SN1", LogEntry.ProtocolViolation.class));
        assertEquals("00D09E-HGW-SN1", acs.devices().get(0).id());
    }

    @Test
    public void sends_queued_request_after_the_empty_post_and_records_the_response() throws Exception {
        start(LabAcsConfig.builder());
        PendingRpc gpv = acs.queue("SN2", new GetParameterValues(List.of("Device.DeviceInfo.UpTime")));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN2");
        FakeCpe.Reply informReply = cpe.postInform(cpe.inform(1, "1 BOOT"));
        assertEquals(1, informReply.envelopes().size());
        assertFalse(gpv.isDone());

        FakeCpe.Reply request = cpe.postEmpty();
        assertEquals(200, request.status());
        assertEquals(gpv.request(), request.message(0));
        String id = request.header(0).id();
        assertEquals(id, gpv.cwmpId());

        FakeCpe.Reply end = cpe.post(CwmpVersion.V1_4, id, gpvResponse("Device.DeviceInfo.UpTime", "42"));
        assertEquals(204, end.status());
        RpcOutcome outcome = acs.awaitResponse(gpv, WAIT);
        assertEquals("42", outcome.response(GetParameterValuesResponse.class).parameterList().get(0).value());
        LogEntry.RpcAnswered answered = acs.log("00D09E-HGW-SN2", LogEntry.RpcAnswered.class).get(0);
        assertEquals(id, answered.cwmpId());
        assertEquals(1, acs.log("SN2", LogEntry.RpcSent.class).size());
    }

    @Test
    public void pipelines_requests_up_to_the_cpe_max_envelopes() throws Exception {
        start(LabAcsConfig.builder().maxEnvelopes(5));
        PendingRpc a = acs.queue("SN3", new GetParameterValues(List.of("Device.A")));
        PendingRpc b = acs.queue("SN3", new GetParameterValues(List.of("Device.B")));
        PendingRpc c = acs.queue("SN3", new GetParameterNames("Device.", true));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN3");
        cpe.postInform(cpe.inform(2, "2 PERIODIC"));

        FakeCpe.Reply two = cpe.postEmpty();
        assertEquals(2, two.envelopes().size());
        assertEquals(a.request(), two.message(0));
        assertEquals(b.request(), two.message(1));
        FakeCpe.Reply third = cpe.post(
                org.homegw.cwmp.message.Envelope.of(CwmpVersion.V1_4, two.header(0).id(), gpvResponse("Device.A", "1")),
                org.homegw.cwmp.message.Envelope.of(CwmpVersion.V1_4, two.header(1).id(), gpvResponse("Device.B", "2")));
        assertEquals(1, third.envelopes().size());
        assertEquals(c.request(), third.message(0));
        FakeCpe.Reply end = cpe.post(CwmpVersion.V1_4, third.header(0).id(),
                FaultMessage.of(9005, "Invalid parameter name"));
        assertEquals(204, end.status());
        assertTrue(acs.awaitResponse(a, WAIT).isResponse());
        assertTrue(acs.awaitResponse(b, WAIT).isResponse());
        assertEquals(9005, acs.awaitResponse(c, WAIT).fault().faultCode());
    }

    @Test
    public void hold_requests_marks_every_envelope_and_flags_a_cpe_request_sent_under_it() throws Exception {
        start(LabAcsConfig.builder());
        acs.setHoldRequests("SN4", true);
        PendingRpc reboot = acs.queue("SN4", new Reboot("rb-1"));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN4");
        FakeCpe.Reply informReply = cpe.postInform(cpe.inform(1, "1 BOOT"));
        assertTrue(informReply.header(0).isHoldRequests());

        FakeCpe.Reply rebootReq = cpe.postEmpty();
        assertEquals(reboot.request(), rebootReq.message(0));
        assertTrue(rebootReq.header(0).isHoldRequests());
        // the CPE breaks the rule: a request of its own while HoldRequests is true
        FakeCpe.Reply tc = cpe.post(CwmpVersion.V1_4, "tc-1",
                new TransferComplete("dl-1", FaultStruct.NONE, "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z"));
        assertEquals(new TransferCompleteResponse(), tc.message(0));
        assertEquals(1, acs.log("SN4", LogEntry.ProtocolViolation.class).size());
        assertTrue(acs.log("SN4", LogEntry.ProtocolViolation.class).get(0).what().contains("HoldRequests"));

        FakeCpe.Reply end = cpe.post(CwmpVersion.V1_4, rebootReq.header(0).id(), new RebootResponse());
        assertEquals(204, end.status());
        assertTrue(acs.awaitResponse(reboot, WAIT).isResponse());
    }

    @Test
    public void a_cpe_request_after_the_acs_empty_answer_resumes_the_session() throws Exception {
        start(LabAcsConfig.builder());
        acs.setHoldRequests("SN6", true);
        PendingRpc gpv = acs.queue("SN6", new org.homegw.cwmp.message.GetParameterValues(List.of("Device.A")));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN6");
        cpe.postInform(cpe.inform(1, "7 TRANSFER COMPLETE"));
        FakeCpe.Reply held = cpe.postEmpty();
        assertEquals(gpv.request(), held.message(0));
        assertTrue(held.header(0).isHoldRequests());
        FakeCpe.Reply empty = cpe.post(CwmpVersion.V1_4, held.header(0).id(), gpvResponse("Device.A", "1"));
        assertEquals(204, empty.status());
        assertEquals(1, acs.log("SN6", LogEntry.SessionEnded.class).size());

        // the CPE still had its TransferComplete (held back until now): same cookie, same session
        FakeCpe.Reply tc = cpe.post(CwmpVersion.V1_4, "tc-6",
                new TransferComplete("dl-6", FaultStruct.NONE, "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z"));
        assertEquals(new TransferCompleteResponse(), tc.message(0));
        assertEquals(204, cpe.postEmpty().status());
        String session = acs.log("SN6", LogEntry.InformReceived.class).get(0).sessionId();
        assertEquals(session, acs.log("SN6", LogEntry.CpeRequestReceived.class).get(0).sessionId());
        assertEquals(List.of(), acs.log("SN6", LogEntry.ProtocolViolation.class));
        assertEquals(2, acs.log("SN6", LogEntry.SessionEnded.class).size());
    }

    @Test
    public void without_hold_requests_sends_nothing_while_the_cpe_has_requests_of_its_own() throws Exception {
        start(LabAcsConfig.builder());
        PendingRpc reboot = acs.queue("SN5", new Reboot("rb"));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN5");
        cpe.postInform(cpe.inform(1, "7 TRANSFER COMPLETE"));
        FakeCpe.Reply tc = cpe.post(CwmpVersion.V1_4, "tc-9",
                new TransferComplete("dl-1", new FaultStruct(9010, "failed"), "2026-01-01T00:00:00Z",
                        "2026-01-01T00:00:01Z"));
        assertEquals(1, tc.envelopes().size());
        assertEquals("tc-9", tc.header(0).id());
        assertFalse(tc.header(0).isHoldRequests());
        assertEquals(new TransferCompleteResponse(), tc.message(0));
        assertNull(reboot.cwmpId());
        assertEquals(reboot.request(), cpe.postEmpty().message(0));
        LogEntry.CpeRequestReceived rec = acs.log("SN5", LogEntry.CpeRequestReceived.class).get(0);
        assertEquals(9010, ((TransferComplete) rec.request()).fault().faultCode());
    }

    @Test
    public void answers_the_cpe_own_requests_and_programmed_acs_faults() throws Exception {
        start(LabAcsConfig.builder());
        acs.faultCpeRequest("TransferComplete", 8005, 1);
        FakeCpe cpe = new FakeCpe(acs.url(), "SN6");
        cpe.postInform(cpe.inform(1, "7 TRANSFER COMPLETE"));
        TransferComplete tc = new TransferComplete("k", FaultStruct.NONE, "2026-01-01T00:00:00Z",
                "2026-01-01T00:00:01Z");
        assertEquals(8005, ((FaultMessage) cpe.post(CwmpVersion.V1_4, "1", tc).message(0)).faultCode());
        assertEquals(new TransferCompleteResponse(), cpe.post(CwmpVersion.V1_4, "2", tc).message(0));
        GetRPCMethodsResponse methods = (GetRPCMethodsResponse) cpe.post(CwmpVersion.V1_4, "3", new GetRPCMethods())
                .message(0);
        assertTrue(methods.methodList().contains("AutonomousTransferComplete"));
        assertTrue(methods.methodList().contains("DUStateChangeComplete"));
        FaultMessage unknown = (FaultMessage) cpe.post(CwmpVersion.V1_4, "4", new UnknownMethod("X_ACME_Ping"))
                .message(0);
        assertEquals(8000, unknown.faultCode());
        assertEquals(204, cpe.postEmpty().status());
        assertEquals(4, acs.log("SN6", LogEntry.CpeRequestReceived.class).size());
    }

    @Test
    public void only_cwmp_1_0_mode_answers_in_the_1_0_namespace_without_version_headers() throws Exception {
        start(LabAcsConfig.builder().onlyCwmp10());
        PendingRpc sd = acs.queue("SN7", new ScheduleDownload("k", "1 Firmware Upgrade Image", "http://x/fw", "", "",
                0, "", List.of(new org.homegw.cwmp.message.TimeWindowStruct(0, 60, "1 At Any Time", "", -1))));
        PendingRpc gpv = acs.queue("SN7", new GetParameterValues(List.of("InternetGatewayDevice.")));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN7");
        FakeCpe.Reply r = cpe.postInform(cpe.inform(1, "1 BOOT"));
        assertEquals(CwmpVersion.V1_0, r.envelopes().get(0).version());
        assertNull(r.header(0).useCwmpVersion());
        FakeCpe.Reply next = cpe.postEmpty();
        // ScheduleDownload does not exist in 1.0: it fails, the next request goes out instead
        assertEquals(gpv.request(), next.message(0));
        assertEquals(CwmpVersion.V1_0, next.envelopes().get(0).version());
        assertTrue(acs.awaitResponse(sd, WAIT).failure().contains("1.0"));
        assertEquals(CwmpVersion.V1_0, acs.awaitInform("SN7", WAIT).version());
    }

    @Test
    public void answers_8006_when_no_offered_version_is_spoken() throws Exception {
        start(LabAcsConfig.builder().versions(java.util.EnumSet.of(CwmpVersion.V1_4)));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN8");
        Inform inform = cpe.inform(1, "1 BOOT");
        FakeCpe.Reply r = cpe.post(new org.homegw.cwmp.message.Envelope(CwmpVersion.V1_4,
                org.homegw.cwmp.message.CwmpHeader.ofId("i").withSupportedCwmpVersions("1.0,1.1,1.2"),
                List.of(inform)));
        assertEquals(8006, ((FaultMessage) r.message(0)).faultCode());
        assertTrue(acs.devices().isEmpty());
    }

    @Test
    public void negotiates_the_highest_common_version() throws Exception {
        start(LabAcsConfig.builder().versions(java.util.EnumSet.of(CwmpVersion.V1_0, CwmpVersion.V1_2,
                CwmpVersion.V1_4)));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN9");
        FakeCpe.Reply r = cpe.post(new org.homegw.cwmp.message.Envelope(CwmpVersion.V1_4,
                org.homegw.cwmp.message.CwmpHeader.ofId("i").withSupportedCwmpVersions("1.0,1.1,1.2,1.3"),
                List.of(cpe.inform(1, "1 BOOT"))));
        assertEquals(CwmpVersion.V1_2, r.envelopes().get(0).version());
        assertEquals(CwmpVersion.V1_2, acs.awaitInform("SN9", WAIT).version());
    }

    @Test
    public void records_a_cpe_that_does_not_return_every_cookie() throws Exception {
        start(LabAcsConfig.builder());
        FakeCpe cpe = new FakeCpe(acs.url(), "SN10");
        cpe.postInform(cpe.inform(1, "1 BOOT"));
        cpe.sendCookies = false;
        assertEquals(204, cpe.postEmpty().status());
        List<LogEntry.ProtocolViolation> v = acs.log("SN10", LogEntry.ProtocolViolation.class);
        assertEquals(1, v.size());
        assertTrue(v.get(0).what().contains("cookie"));
    }

    @Test
    public void a_new_inform_replaces_a_session_and_fails_its_unanswered_requests() throws Exception {
        start(LabAcsConfig.builder());
        PendingRpc dl = acs.queue("SN11", new Download("d", "1 Firmware Upgrade Image", "http://127.0.0.1/fw", "", "",
                0, "", 0, "", ""));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN11");
        cpe.postInform(cpe.inform(1, "1 BOOT"));
        assertEquals(dl.request(), cpe.postEmpty().message(0));
        cpe.postInform(cpe.inform(1, "1 BOOT"));
        RpcOutcome o = acs.awaitResponse(dl, WAIT);
        assertNull(o.answer());
        assertTrue(o.failure().contains("replaced by a new Inform"));
    }

    @Test
    public void a_silent_session_times_out_on_the_injected_clock() throws Exception {
        SettableClock clock = new SettableClock();
        start(LabAcsConfig.builder().clock(clock).sessionTimeout(Duration.ofSeconds(30)));
        PendingRpc gpv = acs.queue("SN12", new GetParameterValues(List.of("Device.")));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN12");
        cpe.postInform(cpe.inform(1, "1 BOOT"));
        cpe.postEmpty();
        long mark = acs.mark();
        clock.advance(Duration.ofSeconds(31));
        assertTrue(acs.awaitSessionEnd("SN12", mark, WAIT).reason().startsWith("timeout"));
        assertTrue(acs.awaitResponse(gpv, WAIT).failure().contains("timeout"));
    }

    @Test
    public void serves_many_gateways_at_once() throws Exception {
        start(LabAcsConfig.builder().threads(8));
        int n = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String serial = "MANY" + i;
                PendingRpc p = acs.queue(serial, new GetParameterValues(List.of("Device.DeviceInfo.SerialNumber")));
                results.add(pool.submit(() -> {
                    FakeCpe cpe = new FakeCpe(acs.url(), serial);
                    cpe.postInform(cpe.inform(1, "1 BOOT"));
                    FakeCpe.Reply req = cpe.postEmpty();
                    assertEquals(p.request(), req.message(0));
                    assertEquals(204, cpe.post(CwmpVersion.V1_4, req.header(0).id(),
                            gpvResponse("Device.DeviceInfo.SerialNumber", serial)).status());
                    return acs.awaitResponse(p, WAIT).response(GetParameterValuesResponse.class)
                            .parameterList().get(0).value();
                }));
            }
            for (int i = 0; i < n; i++) {
                assertEquals("MANY" + i, results.get(i).get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(n, acs.devices().size());
        DeviceIdStruct some = acs.devices().get(3).deviceId();
        assertNotEquals(some, acs.devices().get(4).deviceId());
    }

    @Test
    public void spreads_answers_over_posts_when_the_cpe_accepts_one_envelope_per_response() throws Exception {
        start(LabAcsConfig.builder().maxEnvelopes(2));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN13");
        cpe.postInform(cpe.inform(1, "7 TRANSFER COMPLETE", "10 AUTONOMOUS TRANSFER COMPLETE"));
        TransferComplete tc = new TransferComplete("k", FaultStruct.NONE, "2026-01-01T00:00:00Z",
                "2026-01-01T00:00:01Z");
        FakeCpe.Reply first = cpe.post(org.homegw.cwmp.message.Envelope.of(CwmpVersion.V1_4, "a", tc),
                org.homegw.cwmp.message.Envelope.of(CwmpVersion.V1_4, "b", new GetRPCMethods()));
        assertEquals(1, first.envelopes().size());
        assertEquals("a", first.header(0).id());
        FakeCpe.Reply second = cpe.postEmpty();
        assertEquals("b", second.header(0).id());
        assertTrue(second.message(0) instanceof GetRPCMethodsResponse);
        assertEquals(204, cpe.postEmpty().status());
        assertEquals(List.of(), acs.log("SN13", LogEntry.ProtocolViolation.class));
    }

    @Test
    public void records_a_cpe_exceeding_the_acs_max_envelopes() throws Exception {
        start(LabAcsConfig.builder());
        FakeCpe cpe = new FakeCpe(acs.url(), "SN14");
        cpe.postInform(cpe.inform(5, "1 BOOT"));
        TransferComplete tc = new TransferComplete("k", FaultStruct.NONE, "2026-01-01T00:00:00Z",
                "2026-01-01T00:00:01Z");
        FakeCpe.Reply both = cpe.post(org.homegw.cwmp.message.Envelope.of(CwmpVersion.V1_4, "a", tc),
                org.homegw.cwmp.message.Envelope.of(CwmpVersion.V1_4, "b", tc));
        assertEquals(2, both.envelopes().size());
        assertTrue(acs.log("SN14", LogEntry.ProtocolViolation.class).get(0).what().contains("MaxEnvelopes is 1"));
    }

    @Test
    public void reads_gzip_posts_and_gzips_answers_for_a_cpe_that_accepts_them() throws Exception {
        start(LabAcsConfig.builder().gzipResponses(true));
        FakeCpe cpe = new FakeCpe(acs.url(), "SN15");
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(new org.homegw.cwmp.codec.CwmpEncoder().encode(org.homegw.cwmp.message.Envelope.of(
                    CwmpVersion.V1_4, "z", cpe.inform(1, "1 BOOT"))));
        }
        java.net.http.HttpResponse<byte[]> r = cpe.http.send(java.net.http.HttpRequest.newBuilder(acs.url())
                .header("Content-Encoding", "gzip").header("Accept-Encoding", "gzip")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        byte[] plain = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes();
        assertEquals(new InformResponse(1), new org.homegw.cwmp.codec.CwmpDecoder().decode(plain).first());
        assertTrue(acs.awaitInform("SN15", WAIT).hasEvent("1 BOOT"));
    }
}
