package org.homegw.cwmp.client.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import org.homegw.cwmp.client.internal.agent.CwmpAgent;
import org.homegw.cwmp.client.internal.agent.DeviceActions;
import org.homegw.cwmp.client.internal.agent.HttpSessionExecutor;
import org.homegw.cwmp.client.internal.agent.RequestQueue;
import org.homegw.cwmp.client.internal.event.EventStore;
import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.schedule.RetryPolicy;
import org.homegw.cwmp.client.internal.session.CodecAdapter;
import org.homegw.cwmp.client.internal.session.SessionRunner;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.client.internal.testing.ManualTime;
import org.homegw.cwmp.client.internal.transport.HttpAcsConnector;
import org.homegw.cwmp.client.internal.transport.TlsSettings;
import org.homegw.cwmp.codec.CwmpDecoder;

/**
 * The whole client as the DS component wires it — real codec, real HTTP — but on a manual clock:
 * sessions run on the test thread when the test advances time, so retry timing is exact and fast.
 */
final class ClientStack {

    final ManualTime time = new ManualTime(Instant.parse("2026-11-27T10:00:00Z"));
    final FakeDataModel model = FakeDataModel.device();
    final RpcHandlers handlers = new RpcHandlers(RpcDispatcher.BUILT_IN);
    final CwmpAgent agent;
    final EventStore events;
    final RequestQueue requests;
    int reboots;

    /** A new stack is a new boot of the device. */
    ClientStack(Path stateDir, String acsUrl) {
        this(stateDir, acsUrl, java.util.UUID.randomUUID().toString());
    }

    ClientStack(Path stateDir, String acsUrl, String bootId) {
        model.put("Device.ManagementServer.URL", acsUrl, "string", true);
        model.put("Device.ManagementServer.Username", "cpe", "string", true);
        model.put("Device.ManagementServer.Password", "secret", "string", true);
        model.put("Device.ManagementServer.PeriodicInformEnable", "false", "boolean", true);
        CodecAdapter codec = new CodecAdapter(new CwmpDecoder(), model);
        DeviceActions device = new DeviceActions() {
            @Override
            public void reboot() {
                reboots++;
            }

            @Override
            public void factoryReset() {
            }

            @Override
            public boolean factoryResetAvailable() {
                return false;
            }
        };
        RpcDispatcher dispatcher = new RpcDispatcher(model, handlers, device::factoryResetAvailable);
        HttpSessionExecutor executor = new HttpSessionExecutor(dispatcher,
                new SessionRunner(new HttpAcsConnector(TlsSettings.systemDefault(), 1 << 20), codec));
        events = EventStore.open(stateDir.resolve("events.properties"));
        requests = RequestQueue.open(stateDir.resolve("requests.properties"), codec);
        agent = new CwmpAgent(model, events, requests, executor, new RetryPolicy(new SplittableRandom(3)), time, time,
                device, new CwmpAgent.Config(Duration.ofSeconds(30), Duration.ofSeconds(30), bootId));
    }
}
