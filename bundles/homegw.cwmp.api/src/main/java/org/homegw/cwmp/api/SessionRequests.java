package org.homegw.cwmp.api;

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
}
