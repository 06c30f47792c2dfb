package org.homegw.diagnostics.internal.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Who requested a test decides on 8 DIAGNOSTICS COMPLETE; results survive a restart, a running test does not. */
public class OriginAndPersistenceTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private DiagnosticsStateTest.GatedTest test = new DiagnosticsStateTest.GatedTest();

    private Path file() {
        return tmp.getRoot().toPath().resolve("Device.X.Diag.properties");
    }

    @Test
    public void a_locally_requested_test_completes_without_diagnostics_complete() throws Exception {
        try (Harness h = new Harness(test)) {
            h.setLocally("Host", "local.example", "DiagnosticsState", "Requested").value();
            assertEquals("local.example", test.started.poll(10, TimeUnit.SECONDS));
            test.gate.countDown();
            for (int i = 0; i < 500 && !"Complete".equals(h.get("DiagnosticsState")); i++) {
                Thread.sleep(10);
            }
            assertEquals("Complete", h.get("DiagnosticsState"));
            assertEquals("local.example", h.get("Echo"));
            assertTrue("no 8 DIAGNOSTICS COMPLETE for a local request", h.completions.isEmpty());

            test.gate = new java.util.concurrent.CountDownLatch(0);
            h.set("Host", "acs.example", "DiagnosticsState", "Requested").value();
            assertEquals("Complete", h.awaitCompletion());
        }
    }

    @Test
    public void complete_results_and_inputs_read_the_same_after_a_restart() throws Exception {
        try (Harness h = new Harness(test, new FileResultStore(file()))) {
            h.set("Host", "a.example", "DiagnosticsState", "Requested").value();
            test.gate.countDown();
            assertEquals("Complete", h.awaitCompletion());
        }
        assertTrue(Files.isRegularFile(file()));
        try (Harness again = new Harness(new DiagnosticsStateTest.GatedTest(), new FileResultStore(file()))) {
            assertEquals("Complete", again.get("DiagnosticsState"));
            assertEquals("a.example", again.get("Host"));
            assertEquals("a.example", again.get("Echo"));
            assertEquals("2", again.get("RowNumberOfEntries"));
            assertEquals(List.of(1L, 2L), again.instances("Row."));
            assertEquals("b", again.read("Row.2.", "V"));
        }
    }

    @Test
    public void a_test_running_at_restart_reads_none_with_its_inputs_kept() throws Exception {
        try (Harness h = new Harness(test, new FileResultStore(file()))) {
            h.set("Host", "a.example", "DiagnosticsState", "Requested").value();
            assertEquals("a.example", test.started.poll(10, TimeUnit.SECONDS));
            test.gate.countDown();
            assertEquals("Complete", h.awaitCompletion());
            test.gate = new java.util.concurrent.CountDownLatch(1);
            h.set("Host", "b.example", "DiagnosticsState", "Requested").value();
            assertEquals("b.example", test.started.poll(10, TimeUnit.SECONDS));
            // the gateway goes down here, with the test running
        }
        try (Harness again = new Harness(new DiagnosticsStateTest.GatedTest(), new FileResultStore(file()))) {
            assertEquals("None", again.get("DiagnosticsState"));
            assertEquals("b.example", again.get("Host"));
            assertEquals("", again.get("Echo"));
            assertEquals("0", again.get("RowNumberOfEntries"));
        }
    }

    @Test
    public void an_unreadable_results_file_starts_from_none() throws Exception {
        Files.writeString(file(), "state=Complete\nvalue.Echo=\\u00zz\n");
        try (Harness h = new Harness(test, new FileResultStore(file()))) {
            assertEquals("None", h.get("DiagnosticsState"));
            assertEquals("", h.get("Echo"));
        }
    }
}
