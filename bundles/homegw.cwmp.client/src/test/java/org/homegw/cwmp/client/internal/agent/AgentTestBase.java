package org.homegw.cwmp.client.internal.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.homegw.cwmp.client.internal.event.EventStore;
import org.homegw.cwmp.client.internal.rpc.SessionOrders;
import org.homegw.cwmp.client.internal.schedule.RetryPolicy;
import org.homegw.cwmp.client.internal.session.SessionStep;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.client.internal.testing.ManualTime;
import org.homegw.cwmp.client.internal.testing.MemoryCodec;
import org.homegw.cwmp.message.EventStruct;
import org.junit.Before;
import org.junit.Rule;
import org.junit.rules.TemporaryFolder;

/**
 * The fixture of the CwmpAgent tests: a fake data model, manual time, a scripted session executor
 * (every plan is recorded) and device actions that only record what they were asked to do.
 */
abstract class AgentTestBase {

    static final String URL = "http://127.0.0.1:9/acs";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    final ManualTime time = new ManualTime(Instant.parse("2026-11-27T10:00:00Z"));
    final FakeDataModel model = FakeDataModel.device();
    final List<SessionExecutor.Plan> plans = new ArrayList<>();
    final List<Instant> startedAt = new ArrayList<>();
    final Deque<Function<SessionExecutor.Plan, SessionExecutor.Result>> script = new ArrayDeque<>();
    final List<String> deviceActions = new ArrayList<>();
    EventStore store;
    RequestQueue queue;
    CwmpAgent agent;

    @Before
    public void setUp() {
        model.put("Device.ManagementServer.URL", URL, "string", true);
        model.put("Device.ManagementServer.EnableCWMP", "true", "boolean", true);
        model.put("Device.ManagementServer.PeriodicInformEnable", "false", "boolean", true);
        model.put("Device.ManagementServer.DefaultActiveNotificationThrottle", "0", "unsignedInt", true);
        newAgent();
    }

    String bootId = "boot-0";

    /** A device restart: a new boot id. */
    void newAgent() {
        newAgent("boot-" + java.util.UUID.randomUUID());
    }

    void newAgent(String boot) {
        bootId = boot;
        store = EventStore.open(tmp.getRoot().toPath().resolve("events.properties"));
        queue = RequestQueue.open(tmp.getRoot().toPath().resolve("requests.properties"), new MemoryCodec());
        SessionExecutor executor = plan -> {
            plans.add(plan);
            startedAt.add(time.instant());
            Function<SessionExecutor.Plan, SessionExecutor.Result> next = script.poll();
            return next == null ? ok().apply(plan) : next.apply(plan);
        };
        DeviceActions device = new DeviceActions() {
            @Override
            public void reboot() {
                if (deviceActions.remove("fail-next")) {
                    throw new IllegalStateException("no launcher");
                }
                deviceActions.add("reboot");
            }

            @Override
            public void factoryReset() {
                deviceActions.add("factoryReset");
            }

            @Override
            public boolean factoryResetAvailable() {
                return true;
            }
        };
        agent = new CwmpAgent(model, store, queue, executor, new RetryPolicy(new SplittableRandom(7)), time, time,
                device, new CwmpAgent.Config(Duration.ofSeconds(30), Duration.ofSeconds(30), bootId),
                Runnable::run);
    }

    static Function<SessionExecutor.Plan, SessionExecutor.Result> ok() {
        return ok(new SessionOrders());
    }

    static Function<SessionExecutor.Plan, SessionExecutor.Result> ok(SessionOrders orders) {
        return plan -> {
            plan.listener().informAccepted(plan.offer());
            plan.requests().forEach(r -> plan.listener().requestAnswered(r, null));
            return new SessionExecutor.Result(new SessionStep.Completed(false), orders, plan.offer());
        };
    }

    static Function<SessionExecutor.Plan, SessionExecutor.Result> fail(Optional<Duration> retryAfter,
            boolean lowerVersion) {
        return plan -> new SessionExecutor.Result(new SessionStep.Failed("test", retryAfter, lowerVersion),
                new SessionOrders(), plan.offer());
    }

    static List<String> codes(SessionExecutor.Plan p) {
        return p.inform().events().stream().map(EventStruct::eventCode).toList();
    }

    SessionExecutor.Plan last() {
        return plans.get(plans.size() - 1);
    }
}
