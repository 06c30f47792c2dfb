package org.homegw.diagnostics.internal.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.Closeable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.homegw.datamodel.api.CwmpFault;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The TR-106 DiagnosticsState contract, with a test that blocks until the test thread releases it. */
public class DiagnosticsStateTest {

    /** Echoes its Host input after the gate opens; records starts and cancellations. */
    static final class GatedTest implements DiagnosticTest {
        final BlockingQueue<String> started = new LinkedBlockingQueue<>();
        final CountDownLatch cancelled = new CountDownLatch(1);
        volatile CountDownLatch gate = new CountDownLatch(1);
        volatile RuntimeException failure;

        @Override
        public String objectPath() {
            return "Device.X.Diag.";
        }

        @Override
        public Map<String, String> inputDefaults() {
            return Map.of("Host", "", "Count", "1");
        }

        @Override
        public Map<String, String> capabilities() {
            return Map.of("MaxCount", "9");
        }

        @Override
        public TestResult initialResult() {
            return new TestResult("None", Map.of("Echo", ""), Map.of("Row.", List.of()));
        }

        @Override
        public TestResult run(Map<String, String> inputs, Cancellation cancel) throws InterruptedException {
            CountDownLatch myGate = gate;
            cancel.register((Closeable) cancelled::countDown);
            started.add(inputs.get("Host"));
            if (!myGate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never opened");
            }
            if (failure != null) {
                throw failure;
            }
            return new TestResult(TestResult.COMPLETE, Map.of("Echo", inputs.get("Host")),
                    Map.of("Row.", List.of(Map.of("V", "a"), Map.of("V", "b"))));
        }
    }

    private GatedTest test;
    private Harness h;

    @Before
    public void setUp() {
        test = new GatedTest();
        h = new Harness(test);
    }

    @After
    public void tearDown() throws InterruptedException {
        test.gate.countDown();
        h.close();
    }

    @Test
    public void starts_as_none_with_defaults_and_neutral_results() {
        assertEquals("None", h.get("DiagnosticsState"));
        assertEquals("1", h.get("Count"));
        assertEquals("9", h.get("MaxCount"));
        assertEquals("", h.get("Echo"));
        assertEquals("0", h.get("RowNumberOfEntries"));
        assertNull("names the test does not have are not served", h.get("Bogus"));
    }

    @Test
    public void write_returns_while_the_test_runs_then_results_appear_with_complete() throws Exception {
        assertEquals(0, (int) h.set("Host", "a.example", "DiagnosticsState", "Requested").value());
        assertEquals("a.example", test.started.poll(10, TimeUnit.SECONDS));
        assertEquals("the test is running, the writer is free", "Requested", h.get("DiagnosticsState"));
        assertTrue(h.completions.isEmpty());

        test.gate.countDown();
        assertEquals("Complete", h.awaitCompletion());
        assertEquals("Complete", h.get("DiagnosticsState"));
        assertEquals("a.example", h.get("Echo"));
        assertEquals("2", h.get("RowNumberOfEntries"));
        assertEquals(List.of(1L, 2L), h.instances("Row."));
        assertEquals("b", h.read("Row.2.", "V"));
        assertNull(h.read("Row.3.", "V"));
    }

    @Test
    public void writing_an_input_during_a_run_cancels_it_and_sets_none() throws Exception {
        h.set("Host", "a", "DiagnosticsState", "Requested");
        test.started.poll(10, TimeUnit.SECONDS);
        h.set("Count", "2");
        assertTrue("the running test was stopped", test.cancelled.await(10, TimeUnit.SECONDS));
        assertEquals("None", h.get("DiagnosticsState"));
        assertEquals("2", h.get("Count"));
        test.gate.countDown();
        h.close();
        assertTrue("a cancelled run raises no DIAGNOSTICS COMPLETE", h.completions.isEmpty());
        assertEquals("None", h.get("DiagnosticsState"));
        assertEquals("", h.get("Echo"));
    }

    @Test
    public void canceled_stops_the_run_and_reads_none() throws Exception {
        h.set("Host", "a", "DiagnosticsState", "Requested");
        test.started.poll(10, TimeUnit.SECONDS);
        h.set("DiagnosticsState", "Canceled");
        assertTrue(test.cancelled.await(10, TimeUnit.SECONDS));
        assertEquals("None", h.get("DiagnosticsState"));
        test.gate.countDown();
        h.close();
        assertTrue(h.completions.isEmpty());
    }

    @Test
    public void requested_during_a_run_restarts_with_the_new_inputs() throws Exception {
        h.set("Host", "first", "DiagnosticsState", "Requested");
        assertEquals("first", test.started.poll(10, TimeUnit.SECONDS));
        CountDownLatch firstGate = test.gate;
        test.gate = new CountDownLatch(1);
        h.set("Host", "second", "DiagnosticsState", "Requested");
        assertTrue(test.cancelled.await(10, TimeUnit.SECONDS));
        assertEquals("second", test.started.poll(10, TimeUnit.SECONDS));
        firstGate.countDown();
        test.gate.countDown();
        assertEquals("Complete", h.awaitCompletion());
        assertEquals("second", h.get("Echo"));
        h.close();
        assertTrue("only the restarted run completes", h.completions.isEmpty());
    }

    @Test
    public void writing_an_input_after_completion_sets_none() throws Exception {
        test.gate.countDown();
        h.set("Host", "a", "DiagnosticsState", "Requested");
        h.awaitCompletion();
        h.set("Host", "b");
        assertEquals("None", h.get("DiagnosticsState"));
    }

    @Test
    public void a_new_request_clears_the_previous_results() throws Exception {
        test.gate.countDown();
        h.set("Host", "a", "DiagnosticsState", "Requested");
        h.awaitCompletion();
        test.gate = new CountDownLatch(1);
        h.set("DiagnosticsState", "Requested");
        test.started.poll(10, TimeUnit.SECONDS);
        test.started.poll(10, TimeUnit.SECONDS);
        assertEquals("0", h.get("RowNumberOfEntries"));
        assertEquals("", h.get("Echo"));
    }

    @Test
    public void rejects_writing_a_read_only_state() {
        for (String v : List.of("None", "Complete", "Error_Other")) {
            CwmpFault f = h.set("DiagnosticsState", v).faultOrNull();
            assertEquals(v, CwmpFault.INVALID_PARAMETER_VALUE, f.code());
        }
        assertEquals("None", h.get("DiagnosticsState"));
    }

    @Test
    public void rejects_writing_a_result_parameter() {
        assertEquals(CwmpFault.NOT_WRITABLE, h.set("Echo", "x").faultOrNull().code());
    }

    @Test
    public void a_crashing_test_ends_in_error_internal_and_still_reports() throws Exception {
        test.failure = new IllegalStateException("boom");
        test.gate.countDown();
        h.set("Host", "a", "DiagnosticsState", "Requested");
        assertEquals("Error_Internal", h.awaitCompletion());
        assertEquals("Error_Internal", h.get("DiagnosticsState"));
    }

    @Test
    public void a_stopped_executor_gives_error_internal_without_blocking() throws Exception {
        h.executor.shutdownNow();
        assertTrue(h.set("Host", "a", "DiagnosticsState", "Requested").isSuccess());
        assertEquals("Error_Internal", h.get("DiagnosticsState"));
        assertFalse(h.completions.iterator().hasNext());
    }
}
