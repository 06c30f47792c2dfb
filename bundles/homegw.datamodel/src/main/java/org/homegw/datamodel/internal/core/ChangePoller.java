package org.homegw.datamodel.internal.core;

import java.time.Duration;

/**
 * The polling fallback for providers registered with homegw.dm.pushesChanges=false: every period,
 * one {@link NotificationTracker#pollOnce} round over the whole tree. A failing round is logged and
 * the next one runs as planned.
 */
public final class ChangePoller implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ChangePoller.class.getName());

    private final AutoCloseable schedule;

    public ChangePoller(DataModelRegistry registry, PollScheduler scheduler, Duration period) {
        this.schedule = scheduler.every(period, () -> {
            try {
                registry.notifications().pollOnce(registry.rootObject());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "notification polling failed", e);
            }
        });
    }

    @Override
    public void close() {
        try {
            schedule.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "cannot stop notification polling", e);
        }
    }
}
