package org.homegw.transfer.internal.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.AutonomousTransferComplete;
import org.homegw.cwmp.message.GetAllQueuedTransfers;
import org.homegw.cwmp.message.GetAllQueuedTransfersResponse;
import org.homegw.cwmp.message.GetQueuedTransfers;
import org.homegw.cwmp.message.GetQueuedTransfersResponse;
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
 * Downloads the ACS did not ask for: AutonomousTransferComplete with "10 AUTONOMOUS TRANSFER
 * COMPLETE" (the client applies AutonomousTransferCompletePolicy).
 */
public class AutonomousTransferTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private TestFileServer server;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final FakeSessionRequests session = new FakeSessionRequests();
    private final FakeDataModel model = new FakeDataModel();
    private TestGateway gw;

    @Before
    public void setUp() throws Exception {
        server = TestFileServer.http();
        server.file("/tone.wav", new byte[100]);
        gw = new TestGateway(tmp.getRoot().toPath(), clock, session, model, "boot-1", ImageCheck.NONE);
    }

    @After
    public void tearDown() {
        gw.stop();
        server.close();
    }

    private List<AutonomousTransferComplete> reported() {
        return session.all().stream().map(FakeSessionRequests.Queued::request)
                .filter(AutonomousTransferComplete.class::isInstance).map(AutonomousTransferComplete.class::cast).toList();
    }

    @Test
    public void reported_with_event_10_and_not_listed_as_acs_requested() {
        gw.engine.enqueueAutonomous("4 Tone File", server.uri("/tone.wav").toString(), "ring.wav");
        assertEquals("only ACS-requested transfers in GetQueuedTransfers", new GetQueuedTransfersResponse(List.of()),
                gw.rpc(new GetQueuedTransfers()));
        assertEquals(1, ((GetAllQueuedTransfersResponse) gw.rpc(new GetAllQueuedTransfers())).transferList().size());
        gw.work();
        AutonomousTransferComplete atc = reported().get(0);
        assertEquals(server.uri("/tone.wav").toString(), atc.transferUrl());
        assertTrue(atc.isDownload());
        assertEquals("4 Tone File", atc.fileType());
        assertEquals("ring.wav", atc.targetFileName());
        assertEquals(0, atc.fault().faultCode());
        assertEquals(List.of(CwmpEvent.of("10 AUTONOMOUS TRANSFER COMPLETE")), session.all().get(0).events());
        assertTrue(session.transferCompletes().isEmpty());
        assertTrue(gw.engine.transfers().isEmpty());
    }

    @Test
    public void failed_autonomous_download_carries_its_fault() {
        gw.engine.enqueueAutonomous("4 Tone File", server.uri("/missing").toString(), "");
        gw.work();
        assertEquals(9016, reported().get(0).fault().faultCode());
    }
}
