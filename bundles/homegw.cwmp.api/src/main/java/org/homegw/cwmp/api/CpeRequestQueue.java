package org.homegw.cwmp.api;

import org.homegw.cwmp.message.CwmpRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Queues CPE-originated requests for the ACS — TransferComplete, AutonomousTransferComplete,
 * DUStateChangeComplete, AutonomousDUStateChangeComplete, RequestDownload, GetRPCMethods — with
 * the events that announce them. Registered by the CWMP client as an OSGi service.
 *
 * <p>A queued request is persisted before {@link #queue} returns, sent in the next session as soon
 * as the ACS allows CPE requests (HoldRequests), and its events are repeated in every Inform until
 * the ACS has answered it. Autonomous completions are filtered by the ManagementServer
 * AutonomousTransferCompletePolicy / DUStateChangeComplPolicy.
 */
@ProviderType
public interface CpeRequestQueue {

    /**
     * Queues {@code request} with the events that announce it (e.g. "7 TRANSFER COMPLETE" and
     * "M Download" with its CommandKey) and asks for a session.
     *
     * @throws IllegalArgumentException if {@code request} is not one of the methods above, or an
     *         event code or CommandKey is not valid in an Inform
     */
    void queue(CwmpRequest request, CwmpEvent... events);
}
