package org.homegw.cwmp.client.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.GetParameterNamesResponse;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.GetRPCMethods;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.cwmp.message.TransferComplete;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SessionEndToEndTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private ScriptedAcs acs;
    private ClientStack cpe;

    @Before
    public void setUp() throws Exception {
        acs = new ScriptedAcs();
        cpe = new ClientStack(tmp.getRoot().toPath(), acs.url());
    }

    @After
    public void tearDown() {
        acs.close();
    }

    private void boot() {
        cpe.agent.start();
        cpe.time.runDue();
    }

    @Test
    public void inform_gpv_spv_empty_post_204() {
        acs.rpcs.add(new GetParameterValues(List.of("Device.DeviceInfo.")));
        acs.rpcs.add(new SetParameterValues(List.of(new ParameterValueStruct(
                "Device.ManagementServer.PeriodicInformInterval", "120", "unsignedInt")), "pk-1"));
        boot();
        List<ScriptedAcs.Post> posts = acs.posts;
        assertEquals(4, posts.size());
        Inform inform = (Inform) posts.get(0).envelopes().get(0).first();
        assertEquals(List.of(new EventStruct("1 BOOT", ""), new EventStruct("0 BOOTSTRAP", "")), inform.events());
        assertEquals("SN0001", inform.deviceId().serialNumber());
        assertTrue(posts.get(1).empty());
        GetParameterValuesResponse gpv = (GetParameterValuesResponse) acs.answersToRpcs.get(0);
        assertEquals(5, gpv.parameterList().size());
        assertTrue(gpv.parameterList().contains(new ParameterValueStruct("Device.DeviceInfo.SerialNumber", "SN0001", "string")));
        assertEquals(new SetParameterValuesResponse(0), acs.answersToRpcs.get(1));
        assertEquals("120", cpe.model.valueOf("Device.ManagementServer.PeriodicInformInterval"));
        assertEquals("acs-1", posts.get(2).envelopes().get(0).header().id());
        assertTrue("events delivered", cpe.events.isEmpty());
    }

    @Test
    public void get_parameter_names_for_an_unknown_path_is_answered_with_9005() {
        acs.rpcs.add(new GetParameterNames("Device.Nothing.", false));
        acs.rpcs.add(new GetRPCMethods());
        boot();
        assertEquals(9005, ((FaultMessage) acs.answersToRpcs.get(0)).faultCode());
        assertTrue(acs.answersToRpcs.get(1).methodName().equals("GetRPCMethodsResponse"));
    }

    @Test
    public void hold_requests_delays_transfer_complete_until_released() {
        cpe.requests.add(new TransferComplete("dl", FaultStruct.NONE, "2026-11-27T09:00:00Z", "2026-11-27T09:00:05Z"),
                List.of(CwmpEvent.of(CwmpEvent.TRANSFER_COMPLETE), new CwmpEvent("M Download", "dl")));
        acs.holdAfterInform = true;
        acs.rpcs.add(new GetParameterNames("Device.DeviceInfo.", true));
        boot();
        // POST 2 is empty and POST 3 answers the GPN only (HoldRequests was true); TransferComplete follows after release
        assertTrue(acs.posts.get(1).empty());
        ScriptedAcs.Post third = acs.posts.get(2);
        assertTrue(third.envelopes().get(0).first() instanceof GetParameterNamesResponse);
        assertEquals(1, third.envelopes().size());
        assertTrue(acs.posts.get(3).envelopes().get(0).first() instanceof TransferComplete);
        assertTrue(acs.posts.stream().anyMatch(p -> !p.envelopes().isEmpty()
                && p.envelopes().get(0).first() instanceof TransferComplete));
        assertTrue("answered request leaves the queue", cpe.requests.isEmpty());
        Inform inform = acs.informs().get(0);
        assertTrue(inform.events().contains(new EventStruct("M Download", "dl")));
    }

    @Test
    public void pipelined_acs_requests_are_answered_in_order_within_its_max_envelopes() {
        acs.maxEnvelopes = 2;
        acs.pipeline = true;
        acs.rpcs.add(new GetRPCMethods());
        acs.rpcs.add(new GetParameterNames("Device.", true));
        acs.rpcs.add(new GetParameterValues(List.of("Device.DeviceInfo.SerialNumber")));
        boot();
        ScriptedAcs.Post answers = acs.posts.get(2);
        assertEquals(2, answers.envelopes().size());
        assertEquals("acs-1", answers.envelopes().get(0).header().id());
        assertEquals("acs-2", answers.envelopes().get(1).header().id());
        assertEquals("acs-3", acs.posts.get(3).envelopes().get(0).header().id());
    }

    @Test
    public void cookies_set_by_the_acs_come_back_on_every_later_post() {
        acs.setCookies = true;
        acs.rpcs.add(new GetRPCMethods());
        boot();
        assertNull(acs.posts.get(0).cookie());
        for (ScriptedAcs.Post p : acs.posts.subList(1, acs.posts.size())) {
            assertNotNull(p.cookie());
            assertTrue(p.cookie(), p.cookie().contains("acs-session=s1") && p.cookie().contains("route=node7"));
        }
    }

    @Test
    public void cookies_survive_when_the_acs_closes_the_connection_after_every_response() {
        acs.setCookies = true;
        acs.closeConnections = true;
        acs.rpcs.add(new GetRPCMethods());
        acs.rpcs.add(new GetParameterNames("Device.", true));
        boot();
        assertEquals(4, acs.posts.size());
        assertEquals("a new connection for every POST", 4,
                acs.posts.stream().map(ScriptedAcs.Post::remotePort).distinct().count());
        for (ScriptedAcs.Post p : acs.posts.subList(1, acs.posts.size())) {
            assertTrue(String.valueOf(p.cookie()), p.cookie() != null && p.cookie().contains("acs-session=s1")
                    && p.cookie().contains("route=node7"));
        }
        assertTrue(cpe.events.isEmpty());
    }

    @Test
    public void a_persistent_connection_carries_the_whole_session_when_the_acs_allows() {
        acs.rpcs.add(new GetRPCMethods());
        boot();
        assertEquals(1, acs.posts.stream().map(ScriptedAcs.Post::remotePort).distinct().count());
    }

    @Test
    public void digest_challenge_is_answered_with_management_server_credentials() {
        acs.digestUser = "cpe";
        acs.digestPassword = "secret";
        acs.rpcs.add(new GetRPCMethods());
        boot();
        assertEquals(3, acs.posts.size());
        assertTrue(acs.posts.get(0).authorization().startsWith("Digest "));
        assertTrue(cpe.events.isEmpty());
    }

    @Test
    public void sha256_digest_challenge_is_answered() {
        acs.digestUser = "cpe";
        acs.digestPassword = "secret";
        acs.authAlgorithm = "SHA-256";
        boot();
        assertTrue(acs.posts.get(0).authorization().contains("SHA-256"));
        assertTrue(cpe.events.isEmpty());
    }

    @Test
    public void basic_challenge_is_answered() {
        acs.digestUser = "cpe";
        acs.digestPassword = "secret";
        acs.authAlgorithm = "Basic";
        boot();
        assertTrue(acs.posts.get(0).authorization().startsWith("Basic "));
        assertTrue(cpe.events.isEmpty());
    }

    @Test
    public void wrong_password_fails_the_session_and_schedules_a_retry() {
        acs.digestUser = "cpe";
        acs.digestPassword = "other";
        boot();
        assertEquals(0, acs.posts.size());
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.BOOT), CwmpEvent.of(CwmpEvent.BOOTSTRAP)), cpe.events.pending());
    }

    @Test
    public void acs_500_garbage_and_reset_are_retried_on_the_tr069_schedule() {
        acs.failures.add(ScriptedAcs.Failure.HTTP_500);
        acs.failures.add(ScriptedAcs.Failure.GARBAGE);
        acs.failures.add(ScriptedAcs.Failure.RESET);
        boot();
        assertEquals(1, acs.informs().size());
        cpe.time.advance(Duration.ofSeconds(4));
        assertEquals("no retry before 5 s", 1, acs.informs().size());
        cpe.time.advance(Duration.ofSeconds(6));
        assertEquals("first retry within 5-10 s", 2, acs.informs().size());
        cpe.time.advance(Duration.ofSeconds(20));
        assertEquals("second retry within 10-20 s of the first", 3, acs.informs().size());
        cpe.time.advance(Duration.ofSeconds(40));
        assertEquals(4, acs.informs().size());
        List<Inform> informs = acs.informs();
        assertEquals(List.of(0L, 1L, 2L, 3L), informs.stream().map(Inform::retryCount).toList());
        assertTrue(cpe.events.isEmpty());
    }

    @Test
    public void busy_acs_retry_after_is_honoured() {
        acs.failures.add(ScriptedAcs.Failure.BUSY_503);
        boot();
        cpe.time.advance(Duration.ofSeconds(119));
        assertEquals(1, acs.informs().size());
        cpe.time.advance(Duration.ofSeconds(1));
        assertEquals(2, acs.informs().size());
    }

    @Test
    public void acs_speaking_only_cwmp_1_0_gets_a_1_0_session() {
        acs.version = CwmpVersion.V1_0;
        acs.rpcs.add(new GetRPCMethods());
        boot();
        // the Inform offers 1.4 (namespace cwmp-1-2, decoded as 1.2); the ACS answered in 1-0
        assertEquals(CwmpVersion.V1_2, acs.posts.get(0).envelopes().get(0).version());
        assertEquals("1.0,1.1,1.2,1.3,1.4", acs.posts.get(0).envelopes().get(0).header().supportedCwmpVersions());
        assertEquals(CwmpVersion.V1_0, acs.posts.get(2).envelopes().get(0).version());
        assertTrue(cpe.events.isEmpty());
        cpe.agent.requestSession(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        cpe.time.runDue();
        assertEquals(2, acs.informs().size());
        assertEquals("next session starts in 1-0 right away", CwmpVersion.V1_0,
                acs.posts.get(acs.posts.size() - 2).envelopes().get(0).version());
    }

    @Test
    public void acs_rejecting_the_version_with_8006_is_retried_lower_at_once() {
        acs.informAnswer = e -> e.version() == CwmpVersion.V1_0 ? new org.homegw.cwmp.message.InformResponse(1)
                : FaultMessage.of(8006, "version incompatible");
        acs.version = CwmpVersion.V1_0;
        boot();
        List<CwmpVersion> offered = acs.posts.stream().filter(p -> !p.envelopes().isEmpty()
                && p.envelopes().get(0).first() instanceof Inform).map(p -> p.envelopes().get(0).version()).toList();
        assertEquals(List.of(CwmpVersion.V1_2, CwmpVersion.V1_1, CwmpVersion.V1_0), offered);
        assertTrue(cpe.events.isEmpty());
        assertFalse(cpe.agent == null);
    }
}
