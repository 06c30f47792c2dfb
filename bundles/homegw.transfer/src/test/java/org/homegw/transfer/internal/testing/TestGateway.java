package org.homegw.transfer.internal.testing;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.testkit.SettableClock;
import org.homegw.transfer.internal.apply.DualBankFirmware;
import org.homegw.transfer.internal.apply.PathValueConfigFile;
import org.homegw.transfer.internal.engine.DeviceSide;
import org.homegw.transfer.internal.engine.ImageCheck;
import org.homegw.transfer.internal.engine.TransferEngine;
import org.homegw.transfer.internal.engine.TransferRequests;
import org.homegw.transfer.internal.engine.TransferScheduler;
import org.homegw.transfer.internal.engine.VendorLogFile;
import org.homegw.transfer.internal.http.FileServerClient;
import org.homegw.transfer.internal.http.HttpAuthorization;
import org.homegw.transfer.internal.queue.TransferStore;

/**
 * One start of the transfer manager over a state directory, wired like the DS component but with
 * a hand-driven clock and scheduler. Creating another over the same directory is a restart.
 */
public final class TestGateway {

    public static final long MAX_FILE = 64L * 1024 * 1024;

    public final DualBankFirmware firmware;
    public final TransferEngine engine;
    public final TransferRequests requests;
    public final AtomicInteger reboots = new AtomicInteger();

    private final ManualScheduler manual;

    /** A gateway run on the test thread (ManualScheduler). */
    public TestGateway(Path state, SettableClock clock, FakeSessionRequests session, FakeDataModel model, String bootId,
            ImageCheck check) throws Exception {
        this(state, clock, session, model, bootId, check, null, TransferEngine.Limits.DEFAULTS);
    }

    public TestGateway(Path state, SettableClock clock, CpeRequestQueue session, FakeDataModel model, String bootId,
            ImageCheck check, TransferScheduler scheduler, TransferEngine.Limits limits) throws Exception {
        firmware = new DualBankFirmware(state.resolve("firmware"), 3, "1.0");
        firmware.boot(bootId);
        manual = scheduler == null ? new ManualScheduler(clock) : null;
        FileServerClient http = new FileServerClient(new FileServerClient.Settings(() -> SSLContext.getDefault().getSocketFactory(),
                Duration.ofSeconds(5), Duration.ofSeconds(5), 5, 64 * 1024), new HttpAuthorization(new SecureRandom()));
        DeviceSide device = new DeviceSide(firmware, new PathValueConfigFile(model, 1 << 20), check,
                reboots::incrementAndGet, java.util.List.of(
                        new VendorLogFile("homegw.log", state.resolve("log/homegw.log")),
                        new VendorLogFile("audit.log", state.resolve("log/audit.log"))));
        Path dir = state.resolve("transfer");
        engine = new TransferEngine(TransferStore.open(dir.resolve("transfers.properties")), http, dir.resolve("work"),
                dir.resolve("files"), device, session, clock, scheduler == null ? manual : scheduler, limits);
        requests = new TransferRequests(engine, clock, MAX_FILE);
        engine.start();
    }

    public CwmpMessage rpc(CwmpRequest r) {
        return requests.handle(r);
    }

    /** Runs the due worker tasks (ManualScheduler only). */
    public void work() {
        manual.runDue();
    }

    public void advance(Duration d) {
        manual.advance(d);
    }

    public void stop() {
        engine.stop();
    }
}
