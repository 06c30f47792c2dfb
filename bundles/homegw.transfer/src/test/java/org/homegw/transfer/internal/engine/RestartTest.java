package org.homegw.transfer.internal.engine;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.testkit.SettableClock;
import org.homegw.transfer.internal.queue.TransferRecord;
import org.homegw.transfer.internal.queue.TransferState;
import org.homegw.transfer.internal.queue.TransferStore;
import org.homegw.transfer.internal.testing.FakeDataModel;
import org.homegw.transfer.internal.testing.FakeSessionRequests;
import org.homegw.transfer.internal.testing.TestFileServer;
import org.homegw.transfer.internal.testing.TestGateway;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Restarts at every point of a transfer: exactly one TransferComplete, never a half-written file applied. */
public class RestartTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private TestFileServer server;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final FakeDataModel model = new FakeDataModel();
    private final byte[] content = new byte[400_000];
    private final CountDownLatch release = new CountDownLatch(1);
    private ExecutorTransferScheduler worker;
    private TestGateway first;

    @Before
    public void setUp() throws Exception {
        new Random(3).nextBytes(content);
        server = TestFileServer.http();
    }

    @After
    public void tearDown() {
        release.countDown();
        if (first != null) {
            first.stop();
        }
        if (worker != null) {
            worker.close();
        }
        server.close();
    }

    @Test
    public void download_interrupted_mid_body_resumes_with_range_after_restart() throws Exception {
        Path state = tmp.newFolder("state").toPath();
        CountDownLatch halfSent = new CountDownLatch(1);
        server.stalling("/web.tar", content, halfSent, release);
        worker = new ExecutorTransferScheduler("test-transfer");
        FakeSessionRequests beforeCrash = new FakeSessionRequests();
        first = new TestGateway(state, clock, beforeCrash, model, "boot-1", ImageCheck.NONE, worker,
                TransferEngine.Limits.DEFAULTS);
        first.rpc(new Download("web-1", "2 Web Content", server.uri("/web.tar").toString(), "", "", content.length, "", 0,
                "", ""));
        halfSent.await();
        Path part = state.resolve("transfer/work/1.part");
        waitForSize(part, content.length / 2);

        // what kill -9 leaves on disk right now
        Path afterCrash = tmp.newFolder("after-crash").toPath();
        copyTree(state, afterCrash);
        long synced = Long.parseLong(Files.readString(afterCrash.resolve("transfer/work/1.synced")).trim());
        assertTrue("a resume point was recorded: " + synced, synced > 0 && synced <= content.length / 2);
        server.file("/web.tar", content);
        FakeSessionRequests session = new FakeSessionRequests();
        TestGateway restarted = new TestGateway(afterCrash, clock, session, model, "boot-2", ImageCheck.NONE);
        restarted.work();

        TransferComplete tc = session.transferCompletes().get(0);
        assertEquals(1, session.transferCompletes().size());
        assertEquals("web-1", tc.commandKey());
        assertEquals(0, tc.fault().faultCode());
        assertEquals("resumed from the last fsynced length", "bytes=" + synced + "-",
                server.requests("/web.tar").get(1).header("Range"));
        assertArrayEquals(content, Files.readAllBytes(afterCrash.resolve("transfer/files/web-content/web.tar")));
        assertTrue("nothing was reported before the crash", beforeCrash.transferCompletes().isEmpty());

        restarted.stop();
        FakeSessionRequests third = new FakeSessionRequests();
        new TestGateway(afterCrash, clock, third, model, "boot-3", ImageCheck.NONE).work();
        assertTrue("reported once only", third.transferCompletes().isEmpty());
    }

    @Test
    public void bytes_beyond_the_last_fsync_are_dropped_before_resuming() throws Exception {
        Path state = tmp.newFolder("state").toPath();
        server.file("/web.tar", content);
        TransferStore store = TransferStore.open(state.resolve("transfer/transfers.properties"));
        TransferRecord r = TransferRecord.queued(store.allocateId(), "Download", "pl", "2 Web Content",
                server.uri("/web.tar").toString(), "", "", content.length, "", clock.instant(), List.of())
                .started(clock.instant()).withEtag(TestFileServer.etagOf(content));
        store.put(r);
        // a power loss: the file is longer than what was fsynced, and its tail is garbage
        Path work = Files.createDirectories(state.resolve("transfer/work"));
        byte[] torn = java.util.Arrays.copyOf(content, 150_000);
        java.util.Arrays.fill(torn, 100_000, 150_000, (byte) 0);
        Files.write(work.resolve(r.id() + ".part"), torn);
        Files.writeString(work.resolve(r.id() + ".synced"), "100000");

        FakeSessionRequests session = new FakeSessionRequests();
        new TestGateway(state, clock, session, model, "boot-2", ImageCheck.NONE).work();
        assertEquals(0, session.transferCompletes().get(0).fault().faultCode());
        assertEquals("bytes=100000-", server.requests("/web.tar").get(0).header("Range"));
        assertArrayEquals(content, Files.readAllBytes(state.resolve("transfer/files/web-content/web.tar")));
    }

    @Test
    public void file_downloaded_but_not_applied_is_applied_after_restart() throws Exception {
        model.put("Device.ManagementServer.PeriodicInformInterval", "3600", "unsignedInt", true);
        Path state = tmp.newFolder("state").toPath();
        TransferStore store = TransferStore.open(state.resolve("transfer/transfers.properties"));
        TransferRecord r = TransferRecord.queued(store.allocateId(), "Download", "cfg", "3 Vendor Configuration File",
                "http://127.0.0.1:9/unused", "", "", 0, "", clock.instant(), List.of()).started(clock.instant())
                .withState(TransferState.DOWNLOADED);
        store.put(r);
        Files.createDirectories(state.resolve("transfer/work"));
        Files.writeString(state.resolve("transfer/work/" + r.id() + ".file"),
                "Device.ManagementServer.PeriodicInformInterval=60\n");

        FakeSessionRequests session = new FakeSessionRequests();
        new TestGateway(state, clock, session, model, "boot-2", ImageCheck.NONE).work();
        assertEquals("60", model.value("Device.ManagementServer.PeriodicInformInterval"));
        assertEquals(1, session.transferCompletes().size());
        assertEquals(0, session.transferCompletes().get(0).fault().faultCode());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    public void completed_transfer_not_yet_handed_to_the_client_is_reported_after_restart() throws Exception {
        Path state = tmp.newFolder("state").toPath();
        TransferStore store = TransferStore.open(state.resolve("transfer/transfers.properties"));
        TransferRecord r = TransferRecord.queued(store.allocateId(), "Download", "k", "2 Web Content",
                "http://127.0.0.1:9/x", "", "", 0, "", clock.instant(), List.of()).started(clock.instant())
                .completed(clock.instant().plusSeconds(5), 9016, "file server answered 404");
        store.put(r);
        FakeSessionRequests session = new FakeSessionRequests();
        new TestGateway(state, clock, session, model, "boot-2", ImageCheck.NONE);
        assertEquals(List.of(new TransferComplete("k", new org.homegw.cwmp.message.FaultStruct(9016,
                "file server answered 404"), "2026-11-27T08:00:00Z", "2026-11-27T08:00:05Z")),
                session.transferCompletes());
        assertEquals(List.of(CwmpEvent.of("7 TRANSFER COMPLETE"), new CwmpEvent("M Download", "k")),
                session.all().get(0).events());
    }

    @Test
    public void transfer_complete_the_client_cannot_take_stays_for_the_next_start() throws Exception {
        Path state = tmp.newFolder("state").toPath();
        server.file("/w", content);
        org.homegw.cwmp.api.CpeRequestQueue broken = (request, events) -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
        };
        TestGateway gw = new TestGateway(state, clock, broken, model, "boot-1", ImageCheck.NONE, null,
                TransferEngine.Limits.DEFAULTS);
        gw.rpc(new Download("k", "2 Web Content", server.uri("/w").toString(), "", "", 0, "", 0, "", ""));
        gw.work();
        assertEquals(TransferState.COMPLETED, gw.engine.transfers().get(0).state());
        gw.stop();
        FakeSessionRequests session = new FakeSessionRequests();
        new TestGateway(state, clock, session, model, "boot-2", ImageCheck.NONE);
        assertEquals(1, session.transferCompletes().size());
        assertEquals(0, session.transferCompletes().get(0).fault().faultCode());
    }

    private static void waitForSize(Path p, long size) throws Exception {
        for (int i = 0; i < 500; i++) {
            if (Files.exists(p) && Files.size(p) >= size) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("partial file never reached " + size + " bytes");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
