package org.homegw.crash;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;
import org.homegw.labacs.RpcOutcome;

/**
 * SetParameterValues of many parameters with a ParameterKey. Invariant: read back with
 * GetParameterValues after the restart, the parameters and the ParameterKey are all the old values
 * or all the new ones — and the new ones once the ACS has the SetParameterValuesResponse.
 */
final class SpvScenario implements Scenario {

    static final String KEY = "Device.ManagementServer.ParameterKey";

    /** One parameter of the set and its value in a given round. */
    record Param(String name, String type, IntFunction<String> value) {
    }

    private final String name;
    private final List<Param> params;
    private final String knownWeakness;

    SpvScenario(String name, List<Param> params, String knownWeakness) {
        this.name = name;
        this.params = List.copyOf(params);
        this.knownWeakness = knownWeakness;
    }

    @Override
    public String knownWeakness() {
        return knownWeakness;
    }

    /** Parameters the registry keeps in its own state file (one atomic write with the ParameterKey). */
    static SpvScenario storeBacked() {
        String ms = "Device.ManagementServer.";
        return new SpvScenario("SetParameterValues (13 store parameters + ParameterKey)", List.of(
                new Param("Device.DeviceInfo.ProvisioningCode", "string", r -> "crash." + r),
                new Param(ms + "PeriodicInformInterval", "unsignedInt", r -> Integer.toString(3600 + r)),
                new Param(ms + "PeriodicInformTime", "dateTime",
                        r -> java.time.Instant.ofEpochSecond(1_700_000_000L + r).toString()),
                new Param(ms + "DefaultActiveNotificationThrottle", "unsignedInt", r -> Integer.toString(r % 500)),
                new Param(ms + "UpgradesManaged", "boolean", r -> r % 2 == 0 ? "true" : "false"),
                new Param(ms + "STUNServerAddress", "string", r -> "stun" + r + ".example.net"),
                new Param(ms + "STUNServerPort", "unsignedInt", r -> Integer.toString(3478 + r % 1000)),
                new Param(ms + "STUNUsername", "string", r -> "stun-user-" + r),
                new Param(ms + "STUNMaximumKeepAlivePeriod", "int", r -> Integer.toString(100 + r)),
                new Param(ms + "STUNMinimumKeepAlivePeriod", "unsignedInt", r -> Integer.toString(30 + r % 60)),
                new Param(ms + "StandbyPolicy.CRUnawarenessMaxDuration", "int", r -> Integer.toString(60 + r)),
                new Param(ms + "StandbyPolicy.MaxMissedPeriodic", "int", r -> Integer.toString(1 + r % 50)),
                new Param(ms + "StandbyPolicy.NotifyMissedScheduled", "boolean", r -> r % 2 == 1 ? "true" : "false")),
                null);
    }

    /** The same across providers: registry store and the Wi-Fi adapter's own configuration file. */
    static SpvScenario acrossProviders() {
        List<Param> p = new ArrayList<>(storeBacked().params.subList(0, 6));
        for (int i = 1; i <= 4; i++) {
            int ssid = i;
            p.add(new Param("Device.WiFi.SSID." + i + ".SSID", "string", r -> "crash-" + ssid + "-" + r));
        }
        // the registry's set journal (homegw.datamodel SetJournal) rolls an interrupted set forward at the
        // restart, so a kill between the adapter's own file and the registry's store write is no excuse
        return new SpvScenario("SetParameterValues (store + Wi-Fi adapter + ParameterKey)", p, null);
    }

    @Override
    public String name() {
        return name;
    }

    private List<String> names() {
        List<String> n = new ArrayList<>(params.stream().map(Param::name).toList());
        n.add(KEY);
        return n;
    }

    @Override
    public Attempt begin(CrashLab lab, int round) {
        Map<String, String> committed = lab.known(names());
        Map<String, String> wanted = new LinkedHashMap<>();
        List<ParameterValueStruct> list = new ArrayList<>();
        for (Param p : params) {
            String v = p.value().apply(round);
            wanted.put(p.name(), v);
            list.add(new ParameterValueStruct(p.name(), v, p.type()));
        }
        String key = "spv-" + round;
        wanted.put(KEY, key);
        long mark = lab.acs().mark();
        PendingRpc rpc = lab.acs().queue(lab.device(), new SetParameterValues(list, key));
        lab.gateway().connectionRequest();
        return new Attempt(mark, rpc) {
            @Override
            boolean isDone(LogEntry e) {
                return e instanceof LogEntry.RpcAnswered a && a.rpcId() == rpc().id();
            }

            @Override
            List<String> check(CrashLab lab, DeliveryLedger ledger) {
                RpcOutcome outcome = outcome(lab);
                Map<String, String> now = lab.values(names());
                List<String> v = new ArrayList<>();
                boolean isOld = now.equals(committed);
                boolean isNew = now.equals(wanted);
                if (outcome.answer() instanceof SetParameterValuesResponse && !isNew) {
                    v.add("SetParameterValues " + key + " answered but not kept: " + diff(now, wanted));
                } else if (!isOld && !isNew) {
                    v.add("SetParameterValues " + key + " half applied: against old " + diff(now, committed)
                            + "; against new " + diff(now, wanted));
                } else if (outcome.isFault()) {
                    v.add("SetParameterValues " + key + " answered with a fault: " + outcome.answer());
                }
                lab.commit(now);
                return v;
            }
        };
    }

    static String diff(Map<String, String> got, Map<String, String> want) {
        StringBuilder sb = new StringBuilder();
        want.forEach((k, w) -> {
            String g = got.get(k);
            if (!w.equals(g)) {
                sb.append(k).append('=').append(g).append(" (expected ").append(w).append(") ");
            }
        });
        return sb.length() == 0 ? "equal" : sb.toString().trim();
    }
}
