package org.homegw.transfer.internal.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.homegw.cwmp.message.ScheduleDownload;
import org.homegw.cwmp.message.ScheduleDownloadResponse;
import org.homegw.cwmp.message.TimeWindowStruct;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.testkit.SettableClock;
import org.homegw.transfer.internal.testing.FakeDataModel;
import org.homegw.transfer.internal.testing.FakeSessionRequests;
import org.homegw.transfer.internal.testing.TestFileServer;
import org.homegw.transfer.internal.testing.TestGateway;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * ScheduleDownload time windows with MaxRetries: a failed attempt is tried again 30 s later inside
 * the same window as often as MaxRetries allows (-1 = 3), then in the next usable window; the
 * TransferComplete carries the last failure when no try is left.
 */
public class ScheduleDownloadRetryTest {

    private static final Duration RETRY = Duration.ofSeconds(30);

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final FakeSessionRequests session = new FakeSessionRequests();
    private TestFileServer server;
    private TestGateway gw;

    @Before
    public void setUp() throws Exception {
        server = TestFileServer.http();
        server.status("/w", 404);
        gw = new TestGateway(tmp.getRoot().toPath(), clock, session, new FakeDataModel(), "boot-1", ImageCheck.NONE);
    }

    @After
    public void tearDown() {
        gw.stop();
        server.close();
    }

    private void schedule(TimeWindowStruct... windows) {
        assertEquals(new ScheduleDownloadResponse(), gw.rpc(new ScheduleDownload("sd", "2 Web Content",
                server.uri("/w").toString(), "", "", 0, "", List.of(windows))));
        gw.work();
    }

    private int attempts() {
        return server.requests("/w").size();
    }

    private TransferComplete onlyTransferComplete() {
        assertEquals(1, session.transferCompletes().size());
        return session.transferCompletes().get(0);
    }

    @Test
    public void a_failed_attempt_is_retried_in_its_window_as_often_as_max_retries_allows() {
        schedule(new TimeWindowStruct(0, 600, "1 At Any Time", "", 2));
        assertEquals(1, attempts());
        assertTrue("no TransferComplete while retries are left", session.all().isEmpty());
        gw.advance(RETRY.minusSeconds(1));
        assertEquals(1, attempts());
        gw.advance(Duration.ofSeconds(1));
        assertEquals(2, attempts());
        gw.advance(RETRY);
        assertEquals(3, attempts());
        assertEquals(9016, onlyTransferComplete().fault().faultCode());
        gw.advance(Duration.ofSeconds(600));
        assertEquals("1 attempt + MaxRetries 2", 3, attempts());
    }

    @Test
    public void a_retry_succeeds_once_the_server_recovers_and_keeps_the_first_start_time() {
        schedule(new TimeWindowStruct(0, 600, "1 At Any Time", "", 1));
        server.file("/w", new byte[100]);
        gw.advance(RETRY);
        TransferComplete tc = onlyTransferComplete();
        assertEquals(0, tc.fault().faultCode());
        assertEquals("2026-11-27T08:00:00Z", tc.startTime());
        assertEquals("2026-11-27T08:00:30Z", tc.completeTime());
        assertEquals(2, attempts());
    }

    @Test
    public void max_retries_0_reports_the_first_failure() {
        schedule(new TimeWindowStruct(0, 600, "2 Immediately", "", 0));
        assertEquals(9016, onlyTransferComplete().fault().faultCode());
        assertEquals(1, attempts());
    }

    @Test
    public void max_retries_minus_1_lets_the_device_retry_three_times() {
        schedule(new TimeWindowStruct(0, 600, "1 At Any Time", "", -1));
        for (int i = 0; i < 5; i++) {
            gw.advance(RETRY);
        }
        assertEquals(4, attempts());
        assertEquals(9016, onlyTransferComplete().fault().faultCode());
    }

    @Test
    public void no_retry_starts_after_its_window_has_ended() {
        schedule(new TimeWindowStruct(0, 40, "1 At Any Time", "", 5));
        gw.advance(RETRY);
        assertEquals(2, attempts());
        assertEquals("the next retry (at 60 s) would be outside the window", 9016,
                onlyTransferComplete().fault().faultCode());
    }

    @Test
    public void retries_used_up_in_the_first_window_continue_in_the_second() {
        schedule(new TimeWindowStruct(0, 100, "1 At Any Time", "", 0),
                new TimeWindowStruct(300, 400, "3 When Idle", "", 1));
        assertEquals(1, attempts());
        gw.advance(Duration.ofSeconds(299));
        assertEquals(1, attempts());
        gw.advance(Duration.ofSeconds(1));
        assertEquals("the second window counts its own attempts", 2, attempts());
        server.file("/w", new byte[10]);
        gw.advance(RETRY);
        assertEquals(3, attempts());
        TransferComplete tc = onlyTransferComplete();
        assertEquals(0, tc.fault().faultCode());
        assertEquals("2026-11-27T08:00:00Z", tc.startTime());
    }
}
