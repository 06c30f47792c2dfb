package org.homegw.cwmp.client.internal.session;

import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.FaultMessage;

/** Told by the session engine about progress that must be recorded as it happens. */
public interface SessionListener {

    /** The ACS accepted the Inform: its events are delivered; {@code version} is what the session speaks. */
    void informAccepted(CwmpVersion version);

    /** The ACS answered a queued CPE request; {@code fault} is null on success. */
    void requestAnswered(QueuedRequest request, FaultMessage fault);
}
