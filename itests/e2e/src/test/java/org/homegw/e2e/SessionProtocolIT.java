package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.homegw.cwmp.message.GetParameterAttributes;
import org.homegw.cwmp.message.GetParameterAttributesResponse;
import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.GetParameterNamesResponse;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.GetRPCMethods;
import org.homegw.cwmp.message.GetRPCMethodsResponse;
import org.homegw.cwmp.message.ParameterAttributeStruct;
import org.homegw.cwmp.message.SetParameterAttributes;
import org.homegw.cwmp.message.SetParameterAttributesResponse;
import org.homegw.cwmp.message.SetParameterAttributesStruct;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.cwmp.message.Upload;
import org.homegw.cwmp.message.UploadResponse;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;
import org.homegw.labacs.RpcOutcome;
import org.homegw.labacs.auth.AuthPolicy;
import org.junit.AfterClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The HTTP and SOAP session rules through the real distribution, against a lab ACS that is harder to
 * please than most: it demands HTTP digest authentication from the device, closes the TCP connection
 * after every answer (the session lives on in its cookies), announces MaxEnvelopes 3 and pipelines
 * up to 3 requests per HTTP response. Every test also checks that the ACS saw no protocol violation.
 */
public class SessionProtocolIT {

    private static final String MS = "Device.ManagementServer.";

    private static final Path UPLOADS = tempDir();

    @ClassRule
    public static final E2eGateway GW = E2eGateway.with(acs -> acs.deviceAuth(AuthPolicy.digest("cpe-user", "s3cret"))
            .closeConnections(true).maxEnvelopes(3).pipelineDepth(3).uploadsDir(UPLOADS),
            MS + "Username=cpe-user", MS + "Password=s3cret");

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("homegw-e2e-uploads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterClass
    public static void deleteUploads() throws IOException {
        try (Stream<Path> files = Files.walk(UPLOADS)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static List<LogEntry> since(long mark) {
        return GW.acs().log(GW.device()).stream().filter(e -> e.seq() > mark).toList();
    }

    private static <T extends LogEntry> List<T> since(long mark, Class<T> type) {
        return since(mark).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static void assertNoViolation(long mark) {
        assertEquals(List.of(), since(mark, LogEntry.ProtocolViolation.class));
    }

    @Test
    public void every_session_passes_the_acs_digest_challenge() {
        long mark = GW.acs().mark();
        GW.rpc(new GetParameterValues(List.of("Device.DeviceInfo.SerialNumber")));
        assertEquals("the ACS only opens a session for a device that answered its challenge", 1,
                since(mark, LogEntry.InformReceived.class).size());
        assertEquals("no POST carried wrong credentials", List.of(), since(mark, LogEntry.AuthenticationFailed.class));
        assertNoViolation(mark);
    }

    @Test
    public void pipelined_requests_come_in_one_response_and_their_answers_go_back_in_one_post() {
        long mark = GW.acs().mark();
        List<RpcOutcome> out = GW.rpc(new GetParameterValues(List.of("Device.DeviceInfo.Manufacturer")),
                new GetParameterNames("Device.DeviceInfo.", true),
                new GetParameterValues(List.of(MS + "URL")));
        assertEquals("homegw", CwmpRpcIT.values(out.get(0).response(GetParameterValuesResponse.class))
                .get("Device.DeviceInfo.Manufacturer"));
        assertTrue(out.get(1).response(GetParameterNamesResponse.class).parameterList().size() > 3);
        assertEquals(GW.acs().url().toString(), CwmpRpcIT.values(out.get(2).response(GetParameterValuesResponse.class))
                .get(MS + "URL"));
        List<LogEntry.PostServed> posts = since(mark, LogEntry.PostServed.class);
        assertTrue("ACS -> CPE: three requests in one HTTP response: " + posts,
                posts.stream().anyMatch(p -> p.envelopesOut() == 3));
        assertTrue("CPE -> ACS: three answers in one POST (the ACS's MaxEnvelopes is 3): " + posts,
                posts.stream().anyMatch(p -> p.envelopesIn() == 3));
        assertNoViolation(mark);
    }

    @Test
    public void the_session_survives_a_new_connection_for_every_post_through_its_cookies() {
        long mark = GW.acs().mark();
        GW.rpc(new GetParameterNames("Device.ManagementServer.", true), new GetRPCMethods(),
                new GetParameterValues(List.of("Device.DeviceInfo.SoftwareVersion")),
                new GetParameterValues(List.of("Device.DeviceInfo.HardwareVersion")));
        List<LogEntry.PostServed> posts = since(mark, LogEntry.PostServed.class);
        assertTrue("several POSTs in the session: " + posts, posts.size() >= 3);
        Set<String> sessions = posts.stream().map(LogEntry.PostServed::sessionId).collect(Collectors.toSet());
        assertEquals("every POST found the one session (session and affinity cookies returned)", 1, sessions.size());
        assertEquals("each POST came on a new connection", posts.size(),
                posts.stream().map(LogEntry.PostServed::remotePort).distinct().count());
        assertNoViolation(mark);
    }

    @Test
    public void requests_sent_with_hold_requests_are_answered_and_the_session_ends_cleanly() {
        GW.acs().setHoldRequests(GW.device(), true);
        long mark = GW.acs().mark();
        List<RpcOutcome> out;
        try {
            out = GW.rpc(new GetParameterValues(List.of("Device.DeviceInfo.ModelName")),
                    new GetParameterNames("Device.DeviceInfo.", true));
        } finally {
            GW.acs().setHoldRequests(GW.device(), false);
        }
        assertEquals("homegw", CwmpRpcIT.values(out.get(0).response(GetParameterValuesResponse.class))
                .get("Device.DeviceInfo.ModelName"));
        out.get(1).response(GetParameterNamesResponse.class);
        List<LogEntry.RpcSent> sent = since(mark, LogEntry.RpcSent.class);
        assertEquals(2, sent.size());
        assertTrue("sent under HoldRequests", sent.stream().allMatch(LogEntry.RpcSent::holdRequests));
        assertEquals("204 No Content", since(mark, LogEntry.SessionEnded.class).get(0).reason());
        assertNoViolation(mark);
    }

    @Test
    public void a_transfer_complete_waits_while_the_acs_holds_requests_and_follows_its_empty_answer() {
        GW.acs().setHoldRequests(GW.device(), true);
        try {
            long mark = GW.acs().mark();
            // the upload starts 2 s after the session that ordered it: time to queue the request the ACS
            // will hold the CPE's TransferComplete back with
            GW.rpc1(new Upload("ul-hold", "2 Vendor Log File", GW.acs().uploadUrl("hold.log").toString(), "", "", 2))
                    .response(UploadResponse.class);
            PendingRpc gpv = GW.acs().queue(GW.device(), new GetParameterValues(List.of("Device.DeviceInfo.ModelName")));

            LogEntry.CpeRequestReceived tc = GW.acs().await(LogEntry.CpeRequestReceived.class, GW.device(), mark,
                    r -> r.request() instanceof TransferComplete, E2eGateway.TIMEOUT);
            assertEquals("ul-hold", ((TransferComplete) tc.request()).commandKey());
            GW.acs().awaitResponse(gpv, E2eGateway.TIMEOUT).response(GetParameterValuesResponse.class);
            LogEntry.RpcAnswered gpvAnswered = since(mark, LogEntry.RpcAnswered.class).stream()
                    .filter(a -> a.rpcId() == gpv.id()).findFirst().orElseThrow();
            LogEntry.InformReceived inform = since(mark, LogEntry.InformReceived.class).stream()
                    .filter(i -> i.sessionId().equals(tc.sessionId())).findFirst().orElseThrow();
            assertTrue(inform.inform().events().toString(), inform.hasEvent("7 TRANSFER COMPLETE"));
            assertEquals("ul-hold", inform.commandKey("M Upload").orElseThrow());
            assertEquals("one session: the held request, then after the ACS's empty answer the TransferComplete",
                    gpvAnswered.sessionId(), tc.sessionId());
            assertTrue("TransferComplete only after the request sent under HoldRequests was answered",
                    gpvAnswered.seq() < tc.seq());
            GW.awaitIdle(Duration.ofMillis(500));
            assertNoViolation(mark);
        } finally {
            GW.acs().setHoldRequests(GW.device(), false);
        }
    }

    @Test
    public void get_rpc_methods_lists_the_built_in_and_the_registered_methods() {
        List<String> methods = GW.rpc1(new GetRPCMethods()).response(GetRPCMethodsResponse.class).methodList();
        assertTrue(methods.toString(), methods.containsAll(List.of("GetRPCMethods", "GetParameterNames",
                "GetParameterValues", "SetParameterValues", "GetParameterAttributes", "SetParameterAttributes",
                "AddObject", "DeleteObject", "Reboot", "FactoryReset", "ScheduleInform")));
        assertTrue("file transfer and software module bundles registered theirs: " + methods,
                methods.containsAll(List.of("Download", "Upload", "ChangeDUState")));
        assertEquals("no duplicates", Set.copyOf(methods).size(), methods.size());
    }

    @Test
    public void set_parameter_attributes_is_read_back_by_get_parameter_attributes() {
        String code = MS + "DefaultActiveNotificationThrottle";
        String interval = MS + "PeriodicInformInterval";
        GW.rpc1(new SetParameterAttributes(List.of(
                new SetParameterAttributesStruct(code, true, 1, true, List.of("Subscriber")),
                new SetParameterAttributesStruct(interval, true, 1, false, List.of()))))
                .response(SetParameterAttributesResponse.class);
        try {
            List<ParameterAttributeStruct> attrs = GW.rpc1(new GetParameterAttributes(List.of(code, interval)))
                    .response(GetParameterAttributesResponse.class).parameterList();
            assertEquals(List.of(new ParameterAttributeStruct(code, 1, List.of("Subscriber")),
                    new ParameterAttributeStruct(interval, 1, List.of())), attrs);
            assertEquals("a notification beyond 0..6 is invalid arguments", 9003,
                    GW.rpc1(new SetParameterAttributes(List.of(new SetParameterAttributesStruct(code, true, 7, false,
                            List.of())))).fault().faultCode());
        } finally {
            GW.rpc1(new SetParameterAttributes(List.of(
                    new SetParameterAttributesStruct(code, true, 0, true, List.of()),
                    new SetParameterAttributesStruct(interval, true, 0, false, List.of()))));
        }
    }
}
