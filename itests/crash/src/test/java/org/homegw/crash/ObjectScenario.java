package org.homegw.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.cwmp.message.AddObject;
import org.homegw.cwmp.message.AddObjectResponse;
import org.homegw.cwmp.message.DeleteObject;
import org.homegw.cwmp.message.DeleteObjectResponse;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;
import org.homegw.labacs.RpcOutcome;

/**
 * DeleteObject of the entry the previous round added, then AddObject, in one session, each with its
 * own ParameterKey, on ManagementServer.InformParameter. Invariant: after the restart the table and the
 * ParameterKey are one of the three states the session passes through (nothing done, deleted, deleted
 * and added), no earlier than the last answer the ACS got, and an added instance number was never
 * handed out before.
 */
final class ObjectScenario implements Scenario {

    private static final String TABLE = "Device.ManagementServer.InformParameter.";
    private static final Pattern INSTANCE = Pattern.compile(Pattern.quote(TABLE) + "(\\d+)\\.$");

    private TreeSet<Long> instances;
    private long highest;
    private Long added;

    @Override
    public String name() {
        return "DeleteObject + AddObject (InformParameter, ParameterKey)";
    }

    private TreeSet<Long> read(CrashLab lab) {
        TreeSet<Long> set = new TreeSet<>();
        for (String n : lab.names(TABLE)) {
            Matcher m = INSTANCE.matcher(n);
            if (m.matches()) {
                set.add(Long.parseLong(m.group(1)));
            }
        }
        return set;
    }

    @Override
    public Attempt begin(CrashLab lab, int round) {
        if (instances == null) {
            instances = read(lab);
            highest = instances.isEmpty() ? 0 : instances.last();
        }
        String oldKey = lab.known(List.of(SpvScenario.KEY)).get(SpvScenario.KEY);
        TreeSet<Long> before = new TreeSet<>(instances);
        Long victim = added;
        String delKey = "del-" + round;
        String addKey = "add-" + round;
        long mark = lab.acs().mark();
        PendingRpc del = victim == null ? null
                : lab.acs().queue(lab.device(), new DeleteObject(TABLE + victim + ".", delKey));
        PendingRpc add = lab.acs().queue(lab.device(), new AddObject(TABLE, addKey));
        lab.gateway().connectionRequest();
        return new Attempt(mark, del != null ? del : add) {
            @Override
            boolean isDone(LogEntry e) {
                return e instanceof LogEntry.RpcAnswered a && a.rpcId() == add.id();
            }

            @Override
            void settle(CrashLab lab) {
                if (del != null) {
                    lab.acs().awaitResponse(del, CrashLab.COMEBACK);
                }
                lab.acs().awaitResponse(add, CrashLab.COMEBACK);
            }

            @Override
            List<String> check(CrashLab lab, DeliveryLedger ledger) {
                RpcOutcome delOutcome = del == null ? null : lab.acs().awaitResponse(del, CrashLab.COMEBACK);
                RpcOutcome addOutcome = lab.acs().awaitResponse(add, CrashLab.COMEBACK);
                TreeSet<Long> now = read(lab);
                String key = lab.values(List.of(SpvScenario.KEY)).get(SpvScenario.KEY);
                List<String> v = new ArrayList<>();
                TreeSet<Long> deleted = new TreeSet<>(before);
                if (victim != null) {
                    deleted.remove(victim);
                }
                TreeSet<Long> kept = new TreeSet<>(now);
                kept.retainAll(before);
                TreeSet<Long> extra = new TreeSet<>(now);
                extra.removeAll(before);
                boolean deleteDone = victim != null && !now.contains(victim);
                boolean addDone = extra.size() == 1;
                // a request the kill kept from being sent is sent in the next session: the add may be done without the delete
                String expectedKey = addDone ? addKey : deleteDone ? delKey : oldKey;
                String state = "key " + key + ", instances " + now + " (before: key " + oldKey + ", " + before + ")";
                if (!(kept.equals(before) || kept.equals(deleted)) || extra.size() > 1 || !key.equals(expectedKey)) {
                    v.add("table and ParameterKey in no state the session passed through: " + state);
                } else if (addOutcome.answer() instanceof AddObjectResponse r && !now.contains(r.instanceNumber())) {
                    v.add("AddObject answered (instance " + r.instanceNumber() + ") but not kept: " + state);
                } else if (delOutcome != null && delOutcome.answer() instanceof DeleteObjectResponse && !deleteDone) {
                    v.add("DeleteObject answered but not kept: " + state);
                }
                if (addDone && extra.first() <= highest) {
                    v.add("AddObject reused instance number " + extra.first() + " (highest handed out before: "
                            + highest + ")");
                }
                if (delOutcome != null && delOutcome.isFault() || addOutcome.isFault()) {
                    v.add("answered with a fault: " + (addOutcome.isFault() ? addOutcome.answer() : delOutcome.answer()));
                }
                instances = now;
                added = addDone ? extra.first() : deleteDone ? null : victim;
                if (addDone) {
                    highest = Math.max(highest, extra.first());
                }
                lab.commit(Map.of(SpvScenario.KEY, key));
                return v;
            }
        };
    }
}
