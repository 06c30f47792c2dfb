package org.homegw.transfer.e2e;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.homegw.cwmp.client.internal.agent.AgentScheduler;
import org.homegw.cwmp.client.internal.agent.CwmpAgent;
import org.homegw.cwmp.client.internal.agent.DeviceActions;
import org.homegw.cwmp.client.internal.agent.HttpSessionExecutor;
import org.homegw.cwmp.client.internal.agent.RequestQueue;
import org.homegw.cwmp.client.internal.agent.SessionExecutor;
import org.homegw.cwmp.client.internal.event.EventStore;
import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.schedule.RetryPolicy;
import org.homegw.cwmp.client.internal.session.CodecAdapter;
import org.homegw.cwmp.client.internal.session.SessionRunner;
import org.homegw.cwmp.client.internal.transport.HttpAcsConnector;
import org.homegw.cwmp.client.internal.transport.TlsSettings;
import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.testkit.SettableClock;
import org.homegw.transfer.internal.apply.DualBankFirmware;
import org.homegw.transfer.internal.apply.PathValueConfigFile;
import org.homegw.transfer.internal.engine.DeviceSide;
import org.homegw.transfer.internal.engine.ImageCheck;
import org.homegw.transfer.internal.engine.TransferEngine;
import org.homegw.transfer.internal.engine.TransferRequests;
import org.homegw.transfer.internal.engine.TransferScheduler;
import org.homegw.transfer.internal.http.FileServerClient;
import org.homegw.transfer.internal.http.HttpAuthorization;
import org.homegw.transfer.internal.queue.TransferStore;
import org.homegw.transfer.internal.testing.FakeDataModel;
import org.homegw.transfer.internal.testing.ManualScheduler;

/**
 * One boot of a CPE: the real CWMP client (codec, HTTP, persisted events and requests) and the
 * transfer manager, wired as their DS components do, on one hand-driven clock. The transfer manager
 * is registered as the client's RPC handler, reports through the client's CpeRequestQueue and
 * reboots for a firmware switch through the client's SessionLifecycle. Building another over the
 * same state directory is a reboot.
 */
final class CpeStack {

    final CwmpAgent agent;
    final DualBankFirmware firmware;
    final TransferEngine transfers;
    final AtomicInteger reboots = new AtomicInteger();
    /** In order: "session ended" after each CWMP session, "reboot asked" and "reboot" for a firmware switch. */
    final List<String> timeline = new CopyOnWriteArrayList<>();

    CpeStack(Path state, String acsUrl, SettableClock clock, ManualScheduler time, FakeDataModel model, String bootId)
            throws Exception {
        model.put("Device.ManagementServer.URL", acsUrl, "string", true)
                .put("Device.ManagementServer.Username", "cpe", "string", true)
                .put("Device.ManagementServer.Password", "secret", "string", true)
                .put("Device.ManagementServer.PeriodicInformEnable", "false", "boolean", true)
                .put("Device.DeviceInfo.Manufacturer", "homegw", "string", false)
                .put("Device.DeviceInfo.ManufacturerOUI", "00D09E", "string", false)
                .put("Device.DeviceInfo.ProductClass", "HGW", "string", false)
                .put("Device.DeviceInfo.SerialNumber", "SN0001", "string", false);
        CodecAdapter codec = new CodecAdapter(new CwmpDecoder(), model);
        DeviceActions device = new DeviceActions() {
            @Override
            public void reboot() {
                timeline.add("reboot");
                reboots.incrementAndGet();
            }

            @Override
            public void factoryReset() {
            }

            @Override
            public boolean factoryResetAvailable() {
                return false;
            }
        };
        RpcHandlers handlers = new RpcHandlers(RpcDispatcher.BUILT_IN);
        RpcDispatcher dispatcher = new RpcDispatcher(model, handlers, device::factoryResetAvailable);
        HttpSessionExecutor acsSessions = new HttpSessionExecutor(dispatcher,
                new SessionRunner(new HttpAcsConnector(TlsSettings.systemDefault(), 1 << 20), codec));
        SessionExecutor executor = plan -> {
            try {
                return acsSessions.execute(plan);
            } finally {
                timeline.add("session ended");
            }
        };
        AgentScheduler sessions = (delay, task) -> {
            TransferScheduler.Task t = time.schedule(delay, task);
            return t::cancel;
        };
        agent = new CwmpAgent(model, EventStore.open(state.resolve("cwmp/events.properties")),
                RequestQueue.open(state.resolve("cwmp/requests.properties"), codec), executor,
                new RetryPolicy(new SplittableRandom(3)), clock, sessions, device,
                new CwmpAgent.Config(Duration.ofSeconds(30), Duration.ofSeconds(30), bootId), Runnable::run);

        firmware = new DualBankFirmware(state.resolve("firmware"), 3, "1.0");
        firmware.boot(bootId);
        FileServerClient http = new FileServerClient(new FileServerClient.Settings(() -> SSLContext.getDefault().getSocketFactory(),
                Duration.ofSeconds(5), Duration.ofSeconds(5), 5, 64 * 1024), new HttpAuthorization(new SecureRandom()));
        DeviceSide side = new DeviceSide(firmware, new PathValueConfigFile(model, 1 << 20), ImageCheck.NONE,
                () -> {
                    timeline.add("reboot asked");
                    agent.rebootAfterSession("firmware switch");
                }, DeviceSide.gatewayLog(state.resolve("log")));
        Path dir = state.resolve("transfer");
        transfers = new TransferEngine(TransferStore.open(dir.resolve("transfers.properties")), http, dir.resolve("work"),
                dir.resolve("files"), side, (request, events) -> agent.queueRequest(request, List.of(events)),
                clock, time, TransferEngine.Limits.DEFAULTS);
        TransferRequests requests = new TransferRequests(transfers, clock, 1L << 30);
        handlers.add(requests::handle, TransferRequests.METHODS);
        // what FirmwareImageProvider serves in the gateway
        model.put("Device.DeviceInfo.SoftwareVersion", firmware.runningVersion(), "string", false);
    }

    /** Boot order as in the framework: the client starts, then the transfer manager settles and reports. */
    void boot() {
        agent.start();
        transfers.start();
    }
}
