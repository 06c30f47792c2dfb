package org.homegw.cwmp.client.internal.event;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class EventStoreTest {

    private static final String ACS = "http://acs.example/cwmp";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path file() {
        return tmp.getRoot().toPath().resolve("cwmp-events.properties");
    }

    @Test
    public void first_start_raises_bootstrap_and_boot() {
        EventStore store = EventStore.open(file());
        store.start(ACS);
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.BOOT), CwmpEvent.of(CwmpEvent.BOOTSTRAP)), store.pending());
    }

    @Test
    public void delivered_bootstrap_is_not_raised_again_after_restart() {
        EventStore store = EventStore.open(file());
        store.start(ACS);
        store.delivered(store.pending(), ACS);
        EventStore again = EventStore.open(file());
        again.start(ACS);
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.BOOT)), again.pending());
    }

    @Test
    public void start_twice_in_one_boot_applies_the_restart_rules_once() {
        EventStore store = EventStore.open(file());
        store.start(ACS, "b1");
        store.delivered(store.pending(), ACS);
        store.add(List.of(CwmpEvent.of(CwmpEvent.VALUE_CHANGE)));
        EventStore again = EventStore.open(file());
        again.start(ACS, "b1");
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.VALUE_CHANGE)), again.pending());
        EventStore rebooted = EventStore.open(file());
        rebooted.start(ACS, "b2");
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.BOOT)), rebooted.pending());
    }

    @Test
    public void events_raised_in_this_boot_before_start_are_kept() {
        EventStore store = EventStore.open(file());
        store.start(ACS, "b1");
        store.delivered(store.pending(), ACS);
        store.add(List.of(CwmpEvent.of(CwmpEvent.HEARTBEAT), CwmpEvent.of(CwmpEvent.DIAGNOSTICS_COMPLETE)));

        EventStore rebooted = EventStore.open(file());
        // raised by other bundles while the framework is still starting, before the agent starts
        rebooted.add(List.of(CwmpEvent.of(CwmpEvent.VALUE_CHANGE), CwmpEvent.of(CwmpEvent.DIAGNOSTICS_COMPLETE)));
        rebooted.start(ACS, "b2");
        assertEquals("the earlier boot's HEARTBEAT is dropped, this boot's events are not",
                List.of(CwmpEvent.of(CwmpEvent.DIAGNOSTICS_COMPLETE), CwmpEvent.of(CwmpEvent.VALUE_CHANGE),
                        CwmpEvent.of(CwmpEvent.BOOT)), rebooted.pending());
        EventStore again = EventStore.open(file());
        again.start(ACS, "b2");
        assertEquals("persisted as they are", rebooted.pending(), again.pending());
    }

    @Test
    public void new_acs_url_raises_bootstrap() {
        EventStore store = EventStore.open(file());
        store.start(ACS);
        store.delivered(store.pending(), ACS);
        store.checkAcsUrl("https://other.example/acs");
        assertTrue(store.contains(CwmpEvent.BOOTSTRAP));
    }

    @Test
    public void single_events_are_kept_once_and_method_events_per_command_key() {
        EventStore store = EventStore.open(file());
        store.add(List.of(CwmpEvent.of(CwmpEvent.PERIODIC), CwmpEvent.of(CwmpEvent.PERIODIC),
                new CwmpEvent("M Reboot", "a"), new CwmpEvent("M Reboot", "b"), new CwmpEvent("M Reboot", "a")));
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.PERIODIC), new CwmpEvent("M Reboot", "a"),
                new CwmpEvent("M Reboot", "b")), store.pending());
    }

    @Test
    public void failed_session_drops_connection_request_but_keeps_others() {
        EventStore store = EventStore.open(file());
        store.add(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST), CwmpEvent.of(CwmpEvent.VALUE_CHANGE)));
        store.sessionFailed();
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.VALUE_CHANGE)), store.pending());
    }

    @Test
    public void a_lone_connection_request_is_not_written_until_flush() {
        EventStore store = EventStore.open(file());
        store.start(ACS, "b1");
        store.delivered(store.pending(), ACS);
        store.add(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)), store.pending());
        EventStore reopened = EventStore.open(file());
        reopened.start(ACS, "b1");
        assertTrue("not on disk: a restart would drop it anyway", reopened.isEmpty());

        store.flush();
        EventStore sameBoot = EventStore.open(file());
        sameBoot.start(ACS, "b1");
        assertEquals("a client restarted within the boot still has it",
                List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)), sameBoot.pending());
    }

    @Test
    public void delivering_a_connection_request_that_was_never_written_writes_nothing() throws Exception {
        EventStore store = EventStore.open(file());
        store.start(ACS, "b1");
        store.delivered(store.pending(), ACS);
        store.add(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)));
        Files.delete(file()); // shows whether the next call writes
        store.delivered(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST)), ACS);
        assertTrue(store.isEmpty());
        assertFalse("the file's content would not change: no write, no fsync", Files.exists(file()));

        store.add(List.of(CwmpEvent.of(CwmpEvent.VALUE_CHANGE)));
        EventStore sameBoot = EventStore.open(file());
        sameBoot.start(ACS, "b1");
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.VALUE_CHANGE)), sameBoot.pending());
    }

    @Test
    public void connection_request_raised_with_a_durable_event_is_written_at_once() {
        EventStore store = EventStore.open(file());
        store.start(ACS, "b1");
        store.delivered(store.pending(), ACS);
        store.add(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST), CwmpEvent.of(CwmpEvent.VALUE_CHANGE)));
        EventStore sameBoot = EventStore.open(file());
        sameBoot.start(ACS, "b1");
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.CONNECTION_REQUEST), CwmpEvent.of(CwmpEvent.VALUE_CHANGE)),
                sameBoot.pending());
    }

    @Test
    public void restart_keeps_undelivered_durable_events_and_drops_volatile_ones() {
        EventStore store = EventStore.open(file());
        store.start(ACS);
        store.add(List.of(CwmpEvent.of(CwmpEvent.PERIODIC), CwmpEvent.of(CwmpEvent.VALUE_CHANGE),
                new CwmpEvent("M Download", "k1"), CwmpEvent.of(CwmpEvent.TRANSFER_COMPLETE)));
        // simulated kill -9: the store object is simply dropped
        EventStore after = EventStore.open(file());
        after.start(ACS);
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.BOOTSTRAP), CwmpEvent.of(CwmpEvent.PERIODIC),
                new CwmpEvent("M Download", "k1"), CwmpEvent.of(CwmpEvent.TRANSFER_COMPLETE),
                CwmpEvent.of(CwmpEvent.BOOT)), after.pending());
    }

    @Test
    public void events_for_next_start_appear_only_after_restart() {
        EventStore store = EventStore.open(file());
        store.start(ACS);
        store.delivered(store.pending(), ACS);
        store.addAtNextStart(new CwmpEvent("M Reboot", "rk"));
        assertTrue(store.isEmpty());
        EventStore after = EventStore.open(file());
        after.start(ACS);
        assertEquals(List.of(CwmpEvent.of(CwmpEvent.BOOT), new CwmpEvent("M Reboot", "rk")), after.pending());
    }

    @Test
    public void corrupt_file_is_moved_aside_and_bootstrap_raised() throws Exception {
        Files.writeString(file(), "format=99\n");
        EventStore store = EventStore.open(file());
        store.start(ACS);
        assertTrue(store.contains(CwmpEvent.BOOTSTRAP));
        assertTrue(Files.exists(file().resolveSibling("cwmp-events.properties.corrupt")));
    }

    @Test
    public void command_keys_with_odd_characters_survive_persistence() {
        EventStore store = EventStore.open(file());
        CwmpEvent odd = new CwmpEvent("M Upload", "a=b\nc\\d ü");
        store.add(List.of(odd));
        assertEquals(List.of(odd), EventStore.open(file()).pending());
    }

    @Test
    public void no_temp_files_are_left_behind() throws Exception {
        EventStore store = EventStore.open(file());
        store.start(ACS);
        store.add(List.of(CwmpEvent.of(CwmpEvent.PERIODIC)));
        try (var files = Files.list(tmp.getRoot().toPath())) {
            assertEquals(List.of(file()), files.toList());
        }
        assertFalse(store.isEmpty());
    }
}
