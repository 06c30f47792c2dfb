package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** Every queued transfer. */
public record GetAllQueuedTransfersResponse(List<AllQueuedTransferStruct> transferList)
        implements CwmpResponse {
    public GetAllQueuedTransfersResponse {
        transferList = List.copyOf(Objects.requireNonNull(transferList, "transferList"));
    }
}
