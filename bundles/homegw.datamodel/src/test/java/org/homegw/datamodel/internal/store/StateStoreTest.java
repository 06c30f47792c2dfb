package org.homegw.datamodel.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class StateStoreTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path file() {
        return tmp.getRoot().toPath().resolve("datamodel/state.txt");
    }

    @Test
    public void round_trips_every_kind_of_record_including_awkward_characters() {
        StateStore store = new StateStore(file());
        store.transaction(() -> {
            store.putValue("Device.A", "tab\there\nnew line \\ backslash é");
            store.putValue("Device.B", "");
            store.setInstances("Device.T.", new TreeSet<>(List.of(1L, 5L)));
            store.allocateInstance("Device.T.", 6);
            store.putAttributes("Device.A", new PersistedAttributes(2, List.of("Subscriber")));
            store.setParameterKey("key\t1");
        });
        StateStore again = new StateStore(file());
        assertEquals("tab\there\nnew line \\ backslash é", again.value("Device.A"));
        assertEquals("", again.value("Device.B"));
        assertEquals(new TreeSet<>(List.of(1L, 5L)), again.instances("Device.T."));
        assertEquals(7, again.allocateInstance("Device.T.", 1));
        assertEquals(new PersistedAttributes(2, List.of("Subscriber")), again.attributes("Device.A"));
        assertEquals("key\t1", again.parameterKey());
    }

    @Test
    public void one_transaction_is_one_file_write() throws Exception {
        StateStore store = new StateStore(file());
        store.transaction(() -> {
            store.putValue("Device.A", "1");
            assertTrue("nothing reaches the disk before the transaction ends", !Files.exists(file()));
            store.putValue("Device.B", "2");
        });
        assertEquals("2", new StateStore(file()).value("Device.B"));
    }

    @Test
    public void a_failing_transaction_leaves_memory_and_disk_as_they_were() {
        StateStore store = new StateStore(file());
        store.putValue("Device.A", "old");
        try {
            store.transaction(() -> {
                store.putValue("Device.A", "new");
                throw new IllegalStateException("boom");
            });
            fail();
        } catch (IllegalStateException expected) {
            // the work threw: its changes are dropped
        }
        assertEquals("old", store.value("Device.A"));
        assertEquals("old", new StateStore(file()).value("Device.A"));
    }

    @Test
    public void an_unwritable_state_directory_reverts_memory_and_reports() throws Exception {
        Path blocker = tmp.newFile("blocker").toPath();
        StateStore store = new StateStore(blocker.resolve("state.txt"));
        try {
            store.putValue("Device.A", "x");
            fail();
        } catch (UncheckedIOException expected) {
            assertNull(store.value("Device.A"));
        }
    }

    @Test
    public void a_truncated_or_foreign_file_is_moved_aside_and_state_starts_empty() throws Exception {
        StateStore store = new StateStore(file());
        store.putValue("Device.A", "1");
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(whole, whole.length - 4));
        StateStore reloaded = new StateStore(file());
        assertNull(reloaded.value("Device.A"));
        assertTrue(Files.exists(file().resolveSibling("state.txt.corrupt")));
        Files.writeString(file(), "something else\n", StandardCharsets.UTF_8);
        assertNull(new StateStore(file()).value("Device.A"));
    }

    @Test
    public void a_leftover_temp_file_does_not_matter() throws Exception {
        StateStore store = new StateStore(file());
        store.putValue("Device.A", "1");
        Files.writeString(file().resolveSibling("state.txt.tmp"), "half writ", StandardCharsets.UTF_8);
        assertEquals("1", new StateStore(file()).value("Device.A"));
        store.putValue("Device.A", "2");
        assertEquals("2", new StateStore(file()).value("Device.A"));
    }

    @Test
    public void factory_reset_deletes_the_state() {
        StateStore store = new StateStore(file());
        store.putValue("Device.A", "1");
        store.factoryReset();
        assertNull(store.value("Device.A"));
        assertTrue(!Files.exists(file()));
    }

    @Test
    public void remove_subtree_does_not_touch_sibling_instances_with_longer_numbers() {
        StateStore store = new StateStore(null);
        store.putValue("Device.T.1.X", "a");
        store.putValue("Device.T.10.X", "b");
        store.removeSubtree("Device.T.1.");
        assertNull(store.value("Device.T.1.X"));
        assertEquals("b", store.value("Device.T.10.X"));
    }
}
