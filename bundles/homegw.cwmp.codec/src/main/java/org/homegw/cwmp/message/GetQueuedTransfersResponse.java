package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** Queued ACS-requested transfers. */
public record GetQueuedTransfersResponse(List<QueuedTransferStruct> transferList) implements CwmpResponse {
    public GetQueuedTransfersResponse {
        transferList = List.copyOf(Objects.requireNonNull(transferList, "transferList"));
    }
}
