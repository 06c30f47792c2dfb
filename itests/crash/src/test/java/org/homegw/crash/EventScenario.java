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
 * at most once, and exactly once when the session that answered the RPC ended cleanly more than
 * {@link #END_OF_SESSION} before the kill — both RPCs take effect after their session (TR-069), so a
 * session cut by the kill may lose them.
 */
final class EventScenario implements Scenario {

    /**
     * How long after the ACS's 204 a kill may still lose the order: the client records Reboot and
     * ScheduleInform only once it has processed the session's end (a reported weakness, see README).
     */
    static final Duration END_OF_SESSION = Duration.ofSeconds(1);

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

            /** Whether the gateway had {@link #END_OF_SESSION} after the clean end of the answering session before the kill. */
            private boolean settledBeforeKill(CrashLab lab) {
                return cleanEndOfAnsweringSession(lab).map(end -> lab.killAfter(begun())
                        .map(k -> k.time().isAfter(end.plus(END_OF_SESSION))).orElse(true)).orElse(false);
            }

            @Override
            void settle(CrashLab lab) {
                boolean promised = acknowledged(lab) && settledBeforeKill(lab);
                awaitEntry(lab, informWith(event, key), promised ? CrashLab.COMEBACK : Duration.ofSeconds(3));
            }

            @Override
            List<String> check(CrashLab lab, DeliveryLedger ledger) {
                boolean acked = acknowledged(lab);
                boolean promised = acked && settledBeforeKill(lab);
                ledger.expect(event + " " + key, informWith(event, key), promised);
                boolean delivered = awaitEntry(lab, informWith(event, key), Duration.ZERO).isPresent();
                List<String> v = new ArrayList<>();
                if (promised && !delivered) {
                    v.add(event + " " + key + " promised (answered in a clean session) but not delivered");
                } else if (acked && !delivered && cleanEndOfAnsweringSession(lab).isPresent()) {
                    ledger.note(event + " " + key + " lost: killed less than " + END_OF_SESSION.toMillis()
                            + " ms after the clean end of the session that answered it (the client records"
                            + " Reboot/ScheduleInform orders only after the session)");
                }
                return v;
            }
        };
    }
}
