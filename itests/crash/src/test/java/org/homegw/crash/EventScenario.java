package org.homegw.crash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.Reboot;
import org.homegw.cwmp.message.ScheduleInform;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;

/**
 * An RPC whose promise is an event in a later Inform: ScheduleInform (3 SCHEDULED + M ScheduleInform
 * after DelaySeconds) and Reboot (1 BOOT + M Reboot after the reboot). Killed anywhere from the
 * Connection Request to that Inform. Invariant (ledger): the "M ..." event with the CommandKey arrives
 * at most once, and exactly once when the ACS received the RPC's response: the client persists the
 * order before it sends the response, so no kill after that point may lose it.
 */
final class EventScenario implements Scenario {

    private final String name;
    private final String event;
    private final IntFunction<CwmpRequest> request;

    private EventScenario(String name, String event, IntFunction<CwmpRequest> request) {
        this.name = name;
        this.event = event;
        this.request = request;
    }

    static EventScenario scheduleInform() {
        return new EventScenario("ScheduleInform (1 s) → M ScheduleInform", "M ScheduleInform",
                r -> new ScheduleInform(1, "si-" + r));
    }

    static EventScenario reboot() {
        return new EventScenario("Reboot → M Reboot", "M Reboot", r -> new Reboot("rb-" + r));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Attempt begin(CrashLab lab, int round) {
        CwmpRequest req = request.apply(round);
        String key = req instanceof ScheduleInform s ? s.commandKey() : ((Reboot) req).commandKey();
        long mark = lab.acs().mark();
        PendingRpc rpc = lab.acs().queue(lab.device(), req);
        lab.gateway().connectionRequest();
        return new Attempt(mark, rpc) {
            @Override
            boolean isDone(LogEntry e) {
                return informWith(event, key).test(e);
            }

            @Override
            void settle(CrashLab lab) {
                boolean promised = acknowledged(lab);
                awaitEntry(lab, informWith(event, key), promised ? CrashLab.COMEBACK : Duration.ofSeconds(3));
            }

            @Override
            List<String> check(CrashLab lab, DeliveryLedger ledger) {
                boolean promised = acknowledged(lab);
                ledger.expect(event + " " + key, informWith(event, key), promised);
                boolean delivered = awaitEntry(lab, informWith(event, key), Duration.ZERO).isPresent();
                List<String> v = new ArrayList<>();
                if (promised && !delivered) {
                    v.add(event + " " + key + " promised (the ACS had the response) but not delivered");
                }
                return v;
            }
        };
    }
}
