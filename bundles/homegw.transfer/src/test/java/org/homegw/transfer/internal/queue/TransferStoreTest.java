package org.homegw.transfer.internal.queue;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class TransferStoreTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void records_survive_a_reopen_with_every_field() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("t/transfers.properties");
        TransferStore s = TransferStore.open(file);
        Instant t = Instant.parse("2026-11-27T08:00:00Z");
        TransferRecord r = TransferRecord.queued(s.allocateId(), "ScheduleDownload", "key=1 #x", "2 Web Content",
                "http://h/f?a=b", "user", "p:w=d", 42, "name", t,
                List.of(new TimeWindow(t, t.plusSeconds(60), "1 At Any Time", "msg\nline", 3))).started(t)
                .withEtag("\"e\"");
        s.put(r);
        TransferStore again = TransferStore.open(file);
        assertEquals(List.of(r), again.all());
        assertEquals("ids are not reused", r.id() + 1, again.allocateId());
    }

    @Test
    public void offer_respects_the_limit() throws Exception {
        TransferStore s = TransferStore.open(tmp.getRoot().toPath().resolve("q.properties"));
        Instant t = Instant.EPOCH;
        assertTrue(s.offer(TransferRecord.queued(s.allocateId(), "Download", "a", "2 Web Content", "http://h/", "", "", 0,
                "", t, List.of()), 1));
        assertFalse(s.offer(TransferRecord.queued(s.allocateId(), "Download", "b", "2 Web Content", "http://h/", "", "",
                0, "", t, List.of()), 1));
    }

    @Test
    public void unreadable_file_is_moved_aside_and_the_queue_starts_empty() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("q.properties");
        Files.writeString(file, "ids=1\nt.1.id=notanumber\n");
        assertTrue(TransferStore.open(file).all().isEmpty());
        assertTrue(Files.exists(file.resolveSibling("q.properties.corrupt")));
    }

    @Test
    public void password_is_not_in_the_record_text() {
        TransferRecord r = TransferRecord.queued(1, "Download", "k", "2 Web Content", "http://h/", "u", "hunter2", 0, "",
                Instant.EPOCH, List.of());
        assertFalse(r.toString().contains("hunter2"));
    }
}
