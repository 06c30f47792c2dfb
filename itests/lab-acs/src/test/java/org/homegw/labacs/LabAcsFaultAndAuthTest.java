package org.homegw.labacs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.homegw.cwmp.message.InformResponse;
import org.homegw.labacs.auth.AuthPolicy;
import org.homegw.labacs.auth.Credentials;
import org.homegw.labacs.auth.DigestAlgorithm;
import org.homegw.labacs.fault.FaultAction;
import org.homegw.labacs.fault.FaultRule;
import org.homegw.labacs.fault.FaultStage;
import org.junit.After;
import org.junit.Test;

/** Device authentication and every fault-injection mode, as a CPE sees them. */
public class LabAcsFaultAndAuthTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private LabAcs acs;

    @After
    public void close() {
        if (acs != null) {
            acs.close();
        }
    }

    private FakeCpe cpe(LabAcsConfig.Builder b, String serial) throws Exception {
        acs = LabAcs.start(b.build());
        return new FakeCpe(acs.url(), serial);
    }

    @Test
    public void digest_authenticates_the_device_with_md5_or_sha256() throws Exception {
        for (DigestAlgorithm a : DigestAlgorithm.values()) {
            FakeCpe cpe = cpe(LabAcsConfig.builder().deviceAuth(AuthPolicy.digest("cpe", "pw", List.of(a))), "D1");
            FakeCpe.Reply anonymous = cpe.postInform(cpe.inform(1, "1 BOOT"));
            assertEquals(401, anonymous.status());
            assertTrue(anonymous.http().headers().firstValue("WWW-Authenticate").orElse("")
                    .contains("algorithm=" + a.token()));
            cpe.credentials = new Credentials("cpe", "pw");
            FakeCpe.Reply ok = cpe.postInform(cpe.inform(1, "1 BOOT"));
            assertEquals(200, ok.status());
            assertEquals(new InformResponse(1), ok.message(0));
            // later POSTs of the session ride on the session cookie
            assertEquals(204, cpe.postEmpty().status());
            acs.close();
        }
        acs = null;
    }

    @Test
    public void rejects_wrong_device_credentials_and_records_it() throws Exception {
        FakeCpe cpe = cpe(LabAcsConfig.builder().deviceAuth(AuthPolicy.digest("cpe", "pw")), "D2");
        cpe.credentials = new Credentials("cpe", "wrong");
        assertEquals(401, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
        LogEntry.AuthenticationFailed f = acs.await(LogEntry.AuthenticationFailed.class, "D2", 0, e -> true, WAIT);
        assertTrue(f.reason(), f.reason().contains("wrong Digest response"));
        assertTrue(acs.devices().isEmpty());
    }

    @Test
    public void basic_authenticates_the_device() throws Exception {
        FakeCpe cpe = cpe(LabAcsConfig.builder().deviceAuth(AuthPolicy.basic("cpe", "pw")), "D3");
        assertEquals(401, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
        cpe.credentials = new Credentials("cpe", "pw");
        assertEquals(200, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
    }

    @Test
    public void http_status_fault_answers_once_then_the_session_works() throws Exception {
        FakeCpe cpe = cpe(LabAcsConfig.builder(), "F1");
        acs.injectFault(new FaultRule("F1", FaultStage.INFORM, new FaultAction.HttpStatus(500), 1));
        assertEquals(500, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
        assertEquals(200, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
        assertEquals(1, acs.log("F1", LogEntry.FaultInjected.class).size());
        assertTrue(acs.faults().active().isEmpty());
    }

    @Test
    public void fault_for_another_device_leaves_this_one_alone() throws Exception {
        FakeCpe cpe = cpe(LabAcsConfig.builder(), "F2");
        acs.injectFault(new FaultRule("OTHER", FaultStage.ANY_POST, new FaultAction.HttpStatus(502), FaultRule.UNLIMITED));
        assertEquals(200, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
        assertEquals(1, acs.faults().active().size());
    }

    @Test
    public void retry_after_fault_answers_503_with_the_header() throws Exception {
        FakeCpe cpe = cpe(LabAcsConfig.builder(), "F3");
        acs.injectFault(FaultRule.once(FaultStage.INFORM, new FaultAction.RetryAfter(120)));
        FakeCpe.Reply r = cpe.postInform(cpe.inform(1, "1 BOOT"));
        assertEquals(503, r.status());
        assertEquals("120", r.http().headers().firstValue("Retry-After").orElse(""));
    }

    @Test
    public void delay_fault_answers_normally_but_not_before_the_delay() throws Exception {
        FakeCpe cpe = cpe(LabAcsConfig.builder(), "F4");
        acs.injectFault(FaultRule.once(FaultStage.INFORM, new FaultAction.Delay(Duration.ofMillis(300))));
        long start = System.nanoTime();
        FakeCpe.Reply r = cpe.postInform(cpe.inform(1, "1 BOOT"));
        assertEquals(200, r.status());
        // a lower bound only: sleeping guarantees it, whatever the machine's load
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
    }

    @Test
    public void dropped_connection_fault_cuts_the_response_short() throws Exception {
        FakeCpe cpe = cpe(LabAcsConfig.builder(), "F5");
        acs.injectFault(FaultRule.once(FaultStage.INFORM, new FaultAction.DropConnection()));
        IOException e = assertThrows(IOException.class, () -> cpe.postInform(cpe.inform(1, "1 BOOT")));
        assertTrue(String.valueOf(e), !(e instanceof HttpTimeoutException));
        assertEquals(200, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
    }

    @Test
    public void malformed_body_fault_sends_an_undecodable_200() throws Exception {
        FakeCpe cpe = cpe(LabAcsConfig.builder(), "F6");
        acs.injectFault(FaultRule.once(FaultStage.INFORM, FaultAction.MalformedBody.truncatedEnvelope()));
        IOException e = assertThrows(IOException.class, () -> cpe.postInform(cpe.inform(1, "1 BOOT")));
        assertTrue(e.getMessage(), e.getMessage().contains("not decodable"));
    }

    @Test
    public void auth_loop_fault_challenges_even_good_credentials() throws Exception {
        FakeCpe cpe = cpe(LabAcsConfig.builder().deviceAuth(AuthPolicy.digest("cpe", "pw")), "F7");
        cpe.credentials = new Credentials("cpe", "pw");
        acs.injectFault(new FaultRule("F7", FaultStage.INFORM, new FaultAction.AuthLoop(), 2));
        // the fake CPE answers the first challenge; the loop challenges again
        assertEquals(401, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
        assertEquals(200, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
    }

    @Test
    public void redirect_fault_points_to_a_working_cwmp_url() throws Exception {
        FakeCpe cpe = cpe(LabAcsConfig.builder(), "F8");
        acs.injectFault(FaultRule.once(FaultStage.INFORM, new FaultAction.Redirect(307, "/acs/moved")));
        FakeCpe.Reply r = cpe.postInform(cpe.inform(1, "1 BOOT"));
        assertEquals(307, r.status());
        String location = r.http().headers().firstValue("Location").orElseThrow();
        assertEquals(acs.url() + "/moved", location);
        cpe.url = URI.create(location);
        assertEquals(200, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
        assertEquals(204, cpe.postEmpty().status());
    }

    @Test
    public void hang_after_inform_accepts_the_inform_then_never_answers() throws Exception {
        FakeCpe cpe = cpe(LabAcsConfig.builder(), "F9");
        acs.injectFault(new FaultRule("F9", FaultStage.AFTER_INFORM, new FaultAction.Hang(), 1));
        assertEquals(200, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
        cpe.timeout = Duration.ofMillis(500);
        try {
            cpe.postEmpty();
            fail("the ACS answered");
        } catch (HttpTimeoutException expected) {
            // the CPE gives up, as its session timeout would make it
        }
        assertEquals(1, acs.log("F9", LogEntry.FaultInjected.class).size());
    }

    @Test
    public void undecodable_post_is_answered_400_and_recorded() throws Exception {
        FakeCpe cpe = cpe(LabAcsConfig.builder(), "F10");
        assertEquals(200, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
        FakeCpe.Reply r = cpe.postBytes("<soap:Envelope><broken".getBytes());
        assertEquals(400, r.status());
        assertTrue(acs.log("F10", LogEntry.ProtocolViolation.class).get(0).what().contains("undecodable"));
    }
}
