package org.homegw.runtime.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class RestartRequesterTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final AtomicInteger stops = new AtomicInteger();

    private Path requestFile() {
        return tmp.getRoot().toPath().resolve("var").resolve("restart-request");
    }

    private String written() throws Exception {
        return new String(Files.readAllBytes(requestFile()), StandardCharsets.US_ASCII).trim();
    }

    @Test
    public void reboot_writes_request_then_stops_framework() throws Exception {
        RestartRequester requester = new RestartRequester(requestFile(), () -> {
            assertTrue("request must be on disk before the stop", Files.exists(requestFile()));
            stops.incrementAndGet();
        });
        requester.request(RestartKind.REBOOT);
        assertEquals("reboot", written());
        assertEquals(1, stops.get());
        assertFalse(Files.exists(requestFile().resolveSibling("restart-request.tmp")));
    }

    @Test
    public void factory_reset_after_pending_reboot_replaces_it_without_second_stop() throws Exception {
        RestartRequester requester = new RestartRequester(requestFile(), stops::incrementAndGet);
        requester.request(RestartKind.REBOOT);
        requester.request(RestartKind.FACTORY_RESET);
        assertEquals("factory-reset", written());
        assertEquals(1, stops.get());
    }

    @Test
    public void reboot_after_pending_factory_reset_keeps_the_reset() throws Exception {
        RestartRequester requester = new RestartRequester(requestFile(), stops::incrementAndGet);
        requester.request(RestartKind.FACTORY_RESET);
        requester.request(RestartKind.REBOOT);
        assertEquals("factory-reset", written());
        assertEquals(1, stops.get());
    }

    @Test
    public void failed_stop_is_reported_and_a_later_request_stops_again() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        RestartRequester requester = new RestartRequester(requestFile(), () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("framework busy");
            }
        });
        try {
            requester.request(RestartKind.REBOOT);
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("reboot"));
        }
        requester.request(RestartKind.REBOOT);
        assertEquals(2, calls.get());
    }
}
