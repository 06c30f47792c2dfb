package org.homegw.cwmp.client.internal.session;

import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.FaultMessage;

/** Told by the session engine about progress that must be recorded as it happens. */
public interface SessionListener {

    /** The ACS accepted the Inform: its events are delivered; {@code version} is what the session speaks. */
    void informAccepted(CwmpVersion version);

    /** The ACS answered a queued CPE request; {@code fault} is null on success. */
    void requestAnswered(QueuedRequest request, FaultMessage fault);

    /**
     * The CPE accepted a Reboot; called before its RebootResponse can be sent, so that the order
     * can be made durable first (a CPE killed after answering must still report "M Reboot").
     */
    default void rebootOrdered(String commandKey) {
    }

    /** The ACS sent a request (before it is carried out): it may change the ManagementServer settings. */
    default void acsRequestReceived() {
    }

    /** The CPE accepted a ScheduleInform; called before its response can be sent (see {@link #rebootOrdered}). */
    default void informScheduled(long delaySeconds, String commandKey) {
    }
}
