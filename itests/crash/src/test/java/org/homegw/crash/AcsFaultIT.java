package org.homegw.crash;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.DownloadResponse;
import org.homegw.cwmp.message.ScheduleInform;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.e2e.E2eGateway;
import org.homegw.e2e.GatewaySite;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.fault.FaultAction;
import org.homegw.labacs.fault.FaultRule;
import org.homegw.labacs.fault.FaultStage;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;

/**
 * The distribution against an ACS that misbehaves, through the lab ACS's fault injection. Each test
 * gives the gateway something to deliver (a ScheduleInform's event, or a TransferComplete), programs
 * the faults, and checks from both sides: the gateway's own session log (one session at a time, the
 * wait after each failed session within the TR-069 retry table for CWMPRetryMinimumWaitInterval=1 s
 * and CWMPRetryIntervalMultiplier=2000: 1–2 s, 2–4 s, 4–8 s, with 0.3 s / 2 s tolerance for
 * scheduling) and the ACS's log (RetryCount in the Inform that gets through, everything delivered
 * exactly once). One gateway serves the class; its session timeout is TR-069's minimum, 30 s.
 */
public class AcsFaultIT {

    private static final String MS = "Device.ManagementServer.";
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** Slack below the table's lower bound (clock granularity) and above its upper bound (scheduling on a loaded machine). */
    private static final Duration EARLY = Duration.ofMillis(300);
    private static final Duration LATE = Duration.ofMillis(2000);

    private static final TemporaryFolder FILES = new TemporaryFolder();
    private static final E2eGateway GW = E2eGateway.with(b -> b.filesDir(FILES.getRoot().toPath())
                    .hangLimit(SESSION_TIMEOUT.plusSeconds(15)),
            MS + "CWMPRetryMinimumWaitInterval=1", MS + "CWMPRetryIntervalMultiplier=2000",
            // credentials the ACS never asks for, except in the 401 loop
            MS + "Username=cpe", MS + "Password=secret")
            .beforeStart(acs -> seedSessionTimeout(AcsFaultIT.GW.stateDir()));

    @ClassRule
    public static final RuleChain CHAIN = RuleChain.outerRule(FILES).around(GW);

    private static int round;

    @After
    public void noRuleLeftOver() {
        List<FaultRule> left = List.copyOf(GW.acs().faults().active().values());
        GW.acs().faults().clear(); // a failed test must not hand its faults to the next one
        assertEquals("fault rules not used up", List.of(), left);
    }

    @Test
    public void http_500_on_the_inform_is_retried_per_the_retry_table() {
        Drill d = drillEvent(new FaultRule(GW.device(), FaultStage.INFORM, new FaultAction.HttpStatus(500), 2));
        d.assertRetriedPerTable(2);
        d.assertPostsPerFailedSession(1);
    }

    @Test
    public void retry_after_of_a_503_sets_the_wait() {
        Drill d = drillEvent(new FaultRule(GW.device(), FaultStage.INFORM, new FaultAction.RetryAfter(3), 1));
        d.assertFailedSessions(1);
        d.assertWait(1, Duration.ofSeconds(3), Duration.ofSeconds(3));
        d.assertFinalRetryCount(1);
    }

    @Test
    public void connection_reset_in_the_middle_of_the_inform_response_is_retried() {
        Drill d = drillEvent(new FaultRule(GW.device(), FaultStage.INFORM, new FaultAction.DropConnection(), 2));
        d.assertRetriedPerTable(2);
    }

    @Test
    public void garbage_instead_of_the_inform_response_is_retried() {
        Drill d = drillEvent(new FaultRule(GW.device(), FaultStage.INFORM,
                FaultAction.MalformedBody.truncatedEnvelope(), 1));
        d.assertRetriedPerTable(1);
    }

    @Test
    public void garbage_after_the_inform_response_fails_the_session_and_the_transfer_complete_is_sent_again() {
        Drill d = drillTransfer(new FaultRule(GW.device(), FaultStage.AFTER_INFORM,
                new FaultAction.MalformedBody("this is not XML at all"), 1));
        d.assertRetriedPerTable(1);
        d.assertRetryCountsAcceptedInOrder();
    }

    @Test
    public void a_401_loop_costs_at_most_two_posts_per_session_and_is_retried() {
        // every POST carrying the Inform is challenged again, credentials or not: 2 failed sessions of ≤ 2 POSTs
        Drill d = drillEvent(new FaultRule(GW.device(), FaultStage.INFORM, new FaultAction.AuthLoop(), 4));
        d.assertRetriedPerTable(2);
        d.assertPostsPerFailedSession(2);
    }

    @Test
    public void a_redirect_moves_the_session_without_a_retry() {
        Drill d = drillEvent(new FaultRule(GW.device(), FaultStage.INFORM, new FaultAction.Redirect(307, "/acs/moved"), 1));
        d.assertFailedSessions(0);
        d.assertFinalRetryCount(0);
    }

    @Test
    public void a_redirect_loop_ends_the_session_after_five_redirects_and_is_retried() {
        Drill d = drillEvent(new FaultRule(GW.device(), FaultStage.INFORM, new FaultAction.Redirect(302, "/acs/loop"), 6));
        d.assertRetriedPerTable(1);
        d.assertPostsPerFailedSession(6);
    }

    @Test
    public void an_acs_that_never_answers_the_inform_times_out_and_is_retried() {
        Drill d = drillEvent(new FaultRule(GW.device(), FaultStage.INFORM, new FaultAction.Hang(), 1));
        d.assertRetriedPerTable(1);
        d.assertFailedSessionLasted(SESSION_TIMEOUT);
    }

    @Test
    public void an_acs_that_accepts_the_inform_then_never_answers_times_out_and_the_transfer_complete_is_sent_again() {
        Drill d = drillTransfer(new FaultRule(GW.device(), FaultStage.AFTER_INFORM, new FaultAction.Hang(), 1));
        d.assertRetriedPerTable(1);
        d.assertFailedSessionLasted(SESSION_TIMEOUT);
        d.assertRetryCountsAcceptedInOrder();
    }

    /** The faults meet the Inform of a ScheduleInform session (3 SCHEDULED, M ScheduleInform), which must get through once. */
    private static Drill drillEvent(FaultRule... rules) {
        String key = "fault-" + (++round);
        int out = GW.output().length();
        GW.rpc(new ScheduleInform(1, key));
        return Drill.run(out, rules, informWith("M ScheduleInform", key));
    }

    /**
     * The faults meet the session of a TransferComplete (a Download with DelaySeconds 1), which must
     * reach the ACS once: an ACS fault after the InformResponse fails the session before the
     * TransferComplete is answered, so it is sent again in the retry.
     */
    private static Drill drillTransfer(FaultRule... rules) {
        String key = "fault-" + (++round);
        String url = serve("page-" + key + ".html", "<html>" + key + "</html>");
        int out = GW.output().length();
        GW.rpc1(new Download(key, "2 Web Content", url, "", "", 0, "page-" + key + ".html", 1, "", ""))
                .response(DownloadResponse.class);
        // "M Download" goes with every Inform until the TransferComplete is answered: only that counts
        return Drill.run(out, rules, e -> e instanceof LogEntry.CpeRequestReceived c
                && c.request() instanceof TransferComplete t && t.commandKey().equals(key));
    }

    private static Predicate<LogEntry> informWith(String event, String key) {
        return e -> e instanceof LogEntry.InformReceived i
                && i.inform().events().stream().anyMatch(x -> x.eventCode().equals(event) && x.commandKey().equals(key));
    }

    private static String serve(String name, String content) {
        try {
            Files.writeString(FILES.getRoot().toPath().resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return GW.acs().fileUrl(name).toString();
    }

    /** Config Admin's store of the CWMP client: session timeout 30 s (shipped: 60) so a silent ACS costs less. */
    private static void seedSessionTimeout(Path stateDir) {
        GatewaySite.seedConfiguration(stateDir, "org.homegw.cwmp.client",
                Map.of("sessionTimeoutSeconds", Long.toString(SESSION_TIMEOUT.toSeconds())));
    }

    /** One run of faults: what the ACS logged and what the gateway logged, from the fault on. */
    private record Drill(List<LogEntry> log, List<GatewaySessions.Session> sessions) {

        /** @param out where the gateway's output stood before the session that set the drill up */
        static Drill run(int out, FaultRule[] rules, Predicate<LogEntry> delivery) {
            long mark = GW.acs().mark();
            java.time.Instant armed = java.time.Instant.now();
            for (FaultRule r : rules) {
                GW.acs().injectFault(r);
            }
            GW.acs().await(LogEntry.class, GW.device(), mark, delivery::test, TIMEOUT);
            GW.awaitIdle(Duration.ofMillis(1500));
            List<LogEntry> log = GW.acs().log(GW.device()).stream().filter(e -> e.seq() > mark).toList();
            // the set-up session is over at the ACS before the gateway logs its end: parse from before it, then drop it
            Drill d = new Drill(log, GatewaySessions.parse(GW.output(), out).stream()
                    .filter(s -> !s.start().isBefore(armed)).toList());
            d.assertDeliveredOnce(delivery, "the delivery", true);
            assertTrue("no session may still run: " + d.sessions, d.sessions.stream().allMatch(s -> s.end() != null));
            assertEquals("ACS saw protocol violations", List.of(),
                    log.stream().filter(e -> e instanceof LogEntry.ProtocolViolation).toList());
            return d;
        }

        void assertDeliveredOnce(Predicate<LogEntry> delivery, String what, boolean required) {
            long n = log.stream().filter(delivery).count();
            assertTrue(what + " delivered " + n + " times; ACS log: " + log, n == 1 || !required && n == 0);
        }

        List<GatewaySessions.Session> failed() {
            return sessions.stream().filter(GatewaySessions.Session::failed).toList();
        }

        void assertFailedSessions(int n) {
            assertEquals("failed sessions: " + sessions, n, failed().size());
            assertTrue("the last session must end cleanly: " + sessions, !sessions.get(sessions.size() - 1).failed());
            for (int i = 0; i < n; i++) {
                assertTrue("the failed sessions come first: " + sessions, sessions.get(i).failed());
            }
        }

        /** n failed sessions, each retry after the table's wait, and the Inform that gets through says RetryCount n. */
        void assertRetriedPerTable(int n) {
            assertFailedSessions(n);
            for (int i = 1; i <= n; i++) {
                Duration low = Duration.ofMillis(1000L << (i - 1));
                assertWait(i, low, low.multipliedBy(2));
            }
            assertFinalRetryCount(n);
        }

        /** The wait between the end of failed session i (1-based) and the start of the next. */
        void assertWait(int i, Duration low, Duration high) {
            GatewaySessions.Session failedOne = sessions.get(i - 1);
            Duration wait = Duration.between(failedOne.end(), sessions.get(i).start());
            System.out.printf("  %s: retry %d after %d ms (range %d-%d ms)%n", testName(), i, wait.toMillis(),
                    low.toMillis(), high.toMillis());
            assertTrue("retry " + i + " waited " + wait.toMillis() + " ms, table range " + low.toMillis() + "–"
                    + high.toMillis() + " ms; sessions " + sessions,
                    wait.compareTo(low.minus(EARLY)) >= 0 && wait.compareTo(high.plus(LATE)) <= 0);
        }

        void assertFinalRetryCount(int n) {
            List<LogEntry.InformReceived> informs = informs();
            assertEquals("RetryCount of the Inform that got through", n,
                    informs.get(informs.size() - 1).inform().retryCount());
        }

        /** With faults after the InformResponse every Inform is accepted: RetryCount 0, 1, 2, ... */
        void assertRetryCountsAcceptedInOrder() {
            List<Long> counts = informs().stream().map(i -> (long) i.inform().retryCount()).toList();
            List<Long> expected = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                expected.add((long) i);
            }
            assertEquals("RetryCount of the accepted Informs", expected, counts);
        }

        void assertFailedSessionLasted(Duration atLeast) {
            GatewaySessions.Session s = failed().get(0);
            Duration lasted = Duration.between(s.start(), s.end());
            System.out.printf("  %s: the silent ACS's session failed after %d ms%n", testName(), lasted.toMillis());
            assertTrue("the session failed after " + lasted.toMillis() + " ms, before the " + atLeast + " timeout",
                    lasted.compareTo(atLeast.minus(EARLY)) >= 0 && lasted.compareTo(atLeast.plus(LATE)) <= 0);
        }

        /** POSTs the ACS refused (fault injected) in each failed session. */
        void assertPostsPerFailedSession(int n) {
            for (GatewaySessions.Session s : failed()) {
                long posts = log.stream().filter(e -> e instanceof LogEntry.FaultInjected
                        && !e.time().isBefore(s.start().minusMillis(50)) && !e.time().isAfter(s.end().plusMillis(50)))
                        .count();
                assertEquals("POSTs in the failed session " + s + "; ACS log " + log, n, posts);
            }
        }

        /** The running test method, for the figures printed. */
        private static String testName() {
            for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
                if (e.getClassName().equals(AcsFaultIT.class.getName()) && Character.isLowerCase(e.getMethodName().charAt(0))
                        && e.getMethodName().contains("_")) {
                    return e.getMethodName();
                }
            }
            return "?";
        }

        List<LogEntry.InformReceived> informs() {
            return log.stream().filter(e -> e instanceof LogEntry.InformReceived)
                    .map(e -> (LogEntry.InformReceived) e).toList();
        }
    }
}
