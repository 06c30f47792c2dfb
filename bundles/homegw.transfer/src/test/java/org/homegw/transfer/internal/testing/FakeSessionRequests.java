package org.homegw.transfer.internal.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.TransferComplete;

/** Records what would be sent to the ACS; survives "restarts" of the transfer manager like the client's queue. */
public final class FakeSessionRequests implements CpeRequestQueue {

    /** One queued CPE request with its events. */
    public record Queued(CwmpRequest request, List<CwmpEvent> events) {
    }

    private final List<Queued> queued = new CopyOnWriteArrayList<>();

    @Override
    public void queue(CwmpRequest request, CwmpEvent... events) {
        queued.add(new Queued(request, List.of(events)));
    }

    public List<Queued> all() {
        return List.copyOf(queued);
    }

    public List<TransferComplete> transferCompletes() {
        return queued.stream().map(Queued::request).filter(TransferComplete.class::isInstance)
                .map(TransferComplete.class::cast).toList();
    }
}
