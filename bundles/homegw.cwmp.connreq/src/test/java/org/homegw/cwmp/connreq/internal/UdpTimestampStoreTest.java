package org.homegw.cwmp.connreq.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class UdpTimestampStoreTest {

    @Rule
    public TemporaryFolder state = new TemporaryFolder();

    @Test
    public void round_trips_and_leaves_no_temp_file() throws Exception {
        UdpTimestampStore store = new UdpTimestampStore(state.getRoot().toPath());
        assertEquals(-1, store.load());
        store.save(1_700_000_123L);
        assertEquals(1_700_000_123L, new UdpTimestampStore(state.getRoot().toPath()).load());
        try (var files = Files.list(state.getRoot().toPath())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    public void a_damaged_file_reads_as_none() throws Exception {
        Files.writeString(state.getRoot().toPath().resolve(UdpTimestampStore.FILE_NAME), "garbage");
        assertEquals(-1, new UdpTimestampStore(state.getRoot().toPath()).load());
    }
}
