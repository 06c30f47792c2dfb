package org.homegw.cwmp.client.internal.session;

import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.CwmpRequest;

/**
 * A CPE-originated request waiting for the ACS (TransferComplete, DUStateChangeComplete, ...),
 * with the events repeated in every Inform until it is answered.
 *
 * @param key identifies the request in the persistent queue
 */
public record QueuedRequest(String key, CwmpRequest request, List<CwmpEvent> events) {
    public QueuedRequest {
        events = List.copyOf(events);
    }
}
