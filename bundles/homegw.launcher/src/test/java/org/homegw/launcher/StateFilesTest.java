package org.homegw.launcher;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Serial number, restart request and factory reset of the state directory. */
public class StateFilesTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path state() {
        return tmp.getRoot().toPath();
    }

    @Test
    public void serial_number_is_generated_once_and_then_read_back() throws Exception {
        String first = new SerialNumberStore(state(), new Random(1)).loadOrCreate();
        String second = new SerialNumberStore(state(), new Random(2)).loadOrCreate();
        assertTrue(first, first.matches("[0-9A-F]{12}"));
        assertEquals(first, second);
    }

    @Test
    public void corrupt_serial_number_file_is_an_error_not_a_new_identity() throws Exception {
        Files.writeString(state().resolve("serial-number"), "has spaces in it\n");
        IOException e = assertThrows(IOException.class, () -> new SerialNumberStore(state(), new Random()).loadOrCreate());
        assertTrue(e.getMessage(), e.getMessage().contains("serial-number"));
    }

    @Test
    public void restart_request_is_read_and_consumed() throws Exception {
        Path file = state().resolve("restart-request");
        assertEquals(Optional.empty(), RestartRequest.take(file));
        Files.writeString(file, "factory-reset\n");
        assertEquals(Optional.of(RestartRequest.FACTORY_RESET), RestartRequest.peek(file));
        assertEquals(Optional.of(RestartRequest.FACTORY_RESET), RestartRequest.take(file));
        assertFalse(Files.exists(file));
    }

    @Test
    public void unreadable_restart_request_means_reboot() throws Exception {
        Path file = state().resolve("restart-request");
        Files.writeString(file, "bogus");
        assertEquals(Optional.of(RestartRequest.REBOOT), RestartRequest.take(file));
    }

    @Test
    public void factory_reset_keeps_only_serial_number_logs_and_the_class_sharing_archive() throws Exception {
        StateDirectory dir = new StateDirectory(state());
        Files.writeString(state().resolve("serial-number"), "ABC\n");
        Files.createDirectories(dir.logDir());
        Files.writeString(dir.logDir().resolve("homegw.log"), "line\n");
        Files.createDirectories(dir.configAdminDir().resolve("a/b"));
        Files.writeString(dir.configAdminDir().resolve("a/b/c.config"), "x");
        Files.writeString(state().resolve("datamodel.json"), "{}");
        Files.createDirectories(state().resolve("cds"));
        Files.writeString(state().resolve("cds/homegw-1.jsa.new"), "archive");

        dir.factoryReset();

        try (var s = Files.list(state())) {
            assertEquals(java.util.Set.of("serial-number", "log", "cds"),
                    s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        assertEquals("line\n", Files.readString(dir.logDir().resolve("homegw.log")));
    }
}
