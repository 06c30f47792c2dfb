package org.homegw.cwmp.client.internal.rpc;

import java.util.ArrayList;
import java.util.List;

/**
 * What the ACS ordered during one session that may only happen after it ends cleanly: a reboot
 * (with its CommandKey for "M Reboot"), a factory reset, and ScheduleInform timers.
 */
public final class SessionOrders {

    /** One ScheduleInform: fire "3 SCHEDULED" + "M ScheduleInform" after the delay. */
    public record ScheduledInform(long delaySeconds, String commandKey) {
    }

    private final List<String> rebootCommandKeys = new ArrayList<>();
    private final List<ScheduledInform> scheduledInforms = new ArrayList<>();
    private boolean factoryReset;

    public void reboot(String commandKey) {
        rebootCommandKeys.add(commandKey);
    }

    public void factoryReset() {
        factoryReset = true;
    }

    public void scheduleInform(long delaySeconds, String commandKey) {
        scheduledInforms.add(new ScheduledInform(delaySeconds, commandKey));
    }

    /** Drops the reboots and ScheduleInforms ordered after the first {@code reboots} and {@code informs}. */
    public void withdrawSince(int reboots, int informs) {
        rebootCommandKeys.subList(reboots, rebootCommandKeys.size()).clear();
        scheduledInforms.subList(informs, scheduledInforms.size()).clear();
    }

    public List<String> rebootCommandKeys() {
        return List.copyOf(rebootCommandKeys);
    }

    public boolean rebootRequested() {
        return !rebootCommandKeys.isEmpty();
    }

    public boolean factoryResetRequested() {
        return factoryReset;
    }

    public List<ScheduledInform> scheduledInforms() {
        return List.copyOf(scheduledInforms);
    }
}
