package org.homegw.cwmp.api;

import org.homegw.cwmp.message.CwmpRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Asks the CWMP client to deliver events to the ACS: the events are persisted at once and a session
 * is opened as soon as the rules allow (one session at a time; a request during a session causes
 * one follow-up session after it). Registered by the CWMP client as an OSGi service.
 */
@ProviderType
public interface SessionRequests {

    /** Queues the events (persisted before this returns) and asks for a session to deliver them. */
    void requestSession(CwmpEvent... events);

    /**
     * Queues a CPE-originated request for the ACS — TransferComplete, AutonomousTransferComplete,
     * DUStateChangeComplete, AutonomousDUStateChangeComplete or RequestDownload — together with the
     * events that announce it (e.g. "7 TRANSFER COMPLETE" and "M Download" with its CommandKey), and
     * asks for a session. The request is persisted before this returns, sent when the session allows
     * CPE requests, and its events are repeated in every Inform until the ACS has answered it.
     *
     * @throws IllegalArgumentException if {@code request} is not one of the methods above
     */
    void queueRequest(CwmpRequest request, CwmpEvent... events);
}
