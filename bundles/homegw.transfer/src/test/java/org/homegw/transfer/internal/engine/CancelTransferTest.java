package org.homegw.transfer.internal.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.homegw.cwmp.message.CancelTransfer;
import org.homegw.cwmp.message.CancelTransferResponse;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetAllQueuedTransfers;
import org.homegw.cwmp.message.GetAllQueuedTransfersResponse;
import org.homegw.testkit.SettableClock;
import org.homegw.transfer.internal.testing.FakeDataModel;
import org.homegw.transfer.internal.testing.FakeSessionRequests;
import org.homegw.transfer.internal.testing.TestFileServer;
import org.homegw.transfer.internal.testing.TestGateway;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * CancelTransfer of a transfer that is moving bytes: stopped at once (a stalled server cannot hold
 * it), no TransferComplete, no file left, nothing resumed after a restart.
 */
public class CancelTransferTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final FakeDataModel model = new FakeDataModel();
    private final FakeSessionRequests session = new FakeSessionRequests();
    private final byte[] content = new byte[300_000];
    private final CountDownLatch release = new CountDownLatch(1);
    private TestFileServer server;
    private ExecutorTransferScheduler worker;
    private TestGateway gw;
    private Path state;

    @Before
    public void setUp() throws Exception {
        new Random(5).nextBytes(content);
        server = TestFileServer.http();
        state = tmp.newFolder("state").toPath();
        worker = new ExecutorTransferScheduler("cancel-test-transfer");
        gw = new TestGateway(state, clock, session, model, "boot-1", ImageCheck.NONE, worker,
                TransferEngine.Limits.DEFAULTS);
    }

    @After
    public void tearDown() {
        release.countDown();
        gw.stop();
        worker.close();
        server.close();
    }

    @Test
    public void cancel_stops_a_running_download_and_deletes_its_part_file() throws Exception {
        // a slow link: 16 KiB every 200 ms, about 4 s for the whole file
        server.file("/web.tar", content, 200);
        gw.rpc(new Download("web", "2 Web Content", server.uri("/web.tar").toString(), "", "", content.length, "", 0,
                "", ""));
        awaitFile(state.resolve("transfer/work/1.part"));
        assertEquals(List.of(2), states());

        assertEquals(new CancelTransferResponse(), gw.rpc(new CancelTransfer("web")));
        assertEquals("gone from the queue at once", List.of(), states());
        awaitNoWorkFiles();
        assertTrue("stopped before the end", server.requests("/web.tar").size() == 1
                && !Files.exists(state.resolve("transfer/work/1.file")));
        assertTrue("a cancelled transfer sends no TransferComplete", session.all().isEmpty());
        assertFalse(Files.exists(state.resolve("transfer/files/web-content/web.tar")));
        assertEquals(9003, ((FaultMessage) gw.rpc(new CancelTransfer("web"))).faultCode());

        // the worker is free for the next transfer
        server.file("/next.bin", new byte[1000]);
        gw.rpc(new Download("next", "2 Web Content", server.uri("/next.bin").toString(), "", "", 1000, "", 0, "", ""));
        for (int i = 0; i < 200 && session.transferCompletes().isEmpty(); i++) {
            Thread.sleep(25);
        }
        assertEquals("next", session.transferCompletes().get(0).commandKey());
        assertEquals(0, session.transferCompletes().get(0).fault().faultCode());
        assertEquals(1, session.transferCompletes().size());
    }

    @Test
    public void a_cancelled_download_is_not_resumed_after_a_restart() throws Exception {
        CountDownLatch halfSent = new CountDownLatch(1);
        server.stalling("/web.tar", content, halfSent, release);
        gw.rpc(new Download("web", "2 Web Content", server.uri("/web.tar").toString(), "", "", 0, "", 0, "", ""));
        assertTrue(halfSent.await(10, TimeUnit.SECONDS));
        // a stalled server: the answer and the queue change at once, the worker leaves at its read timeout
        gw.rpc(new CancelTransfer("web"));
        release.countDown();
        gw.stop();
        worker.close();

        server.file("/web.tar", content);
        int requests = server.requests().size();
        FakeSessionRequests after = new FakeSessionRequests();
        TestGateway restarted = new TestGateway(state, clock, after, model, "boot-2", ImageCheck.NONE);
        restarted.work();
        assertEquals("nothing fetched after the restart", requests, server.requests().size());
        assertTrue(after.all().isEmpty());
        assertEquals(List.of(), workFiles());
    }

    @Test
    public void cancel_of_a_running_upload_sends_no_transfer_complete() throws Exception {
        Files.createDirectories(state.resolve("log"));
        Files.write(state.resolve("log/homegw.log"), new byte[1 << 20]);
        java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (java.net.ServerSocket slowSink = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread sink = new Thread(() -> {
                // reads 16 KiB every 50 ms and never answers
                try (java.net.Socket s = slowSink.accept(); java.io.InputStream in = s.getInputStream()) {
                    byte[] buf = new byte[16 * 1024];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        received.addAndGet(n);
                        started.countDown();
                        Thread.sleep(50);
                    }
                } catch (java.io.IOException | InterruptedException e) {
                    // the client went away
                }
                closed.countDown();
            }, "slow-sink");
            sink.setDaemon(true);
            sink.start();
            gw.rpc(new org.homegw.cwmp.message.Upload("up", "2 Vendor Log File",
                    "http://127.0.0.1:" + slowSink.getLocalPort() + "/up/log", "", "", 0));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertEquals(new CancelTransferResponse(), gw.rpc(new CancelTransfer("up")));
            assertEquals("gone from the queue at once", List.of(), states());
            // socket buffers may hold the whole body already: then the worker leaves at its read timeout
            assertTrue("the upload connection is closed", closed.await(10, TimeUnit.SECONDS));
            awaitNoWorkFiles();
            assertTrue(session.all().isEmpty());
            assertEquals(List.of(), states());
        }
    }

    @Test
    public void work_files_of_transfers_no_longer_queued_are_deleted_at_start() throws Exception {
        gw.stop();
        Path work = Files.createDirectories(state.resolve("transfer/work"));
        Files.write(work.resolve("77.part"), new byte[10]);
        Files.writeString(work.resolve("77.synced"), "10");
        Files.writeString(work.resolve("notes.txt"), "not a transfer's file");
        new TestGateway(state, clock, new FakeSessionRequests(), model, "boot-2", ImageCheck.NONE);
        assertEquals(List.of(work.resolve("notes.txt")), workFiles());
    }

    private List<Integer> states() {
        return ((GetAllQueuedTransfersResponse) gw.rpc(new GetAllQueuedTransfers())).transferList().stream()
                .map(t -> t.state()).toList();
    }

    private List<Path> workFiles() throws Exception {
        Path work = state.resolve("transfer/work");
        if (!Files.isDirectory(work)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(work)) {
            return s.sorted().toList();
        }
    }

    private void awaitNoWorkFiles() throws Exception {
        for (int i = 0; i < 200 && !workFiles().isEmpty(); i++) {
            Thread.sleep(25);
        }
        assertEquals(List.of(), workFiles());
    }

    private static void awaitFile(Path p) throws Exception {
        for (int i = 0; i < 200 && !Files.exists(p); i++) {
            Thread.sleep(25);
        }
        assertTrue(p + " exists", Files.exists(p));
    }
}
