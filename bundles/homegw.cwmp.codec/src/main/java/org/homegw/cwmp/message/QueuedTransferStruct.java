package org.homegw.cwmp.message;

import java.util.Objects;

/** One entry of a GetQueuedTransfersResponse; state 1 not started, 2 in progress, 3 completed. */
public record QueuedTransferStruct(String commandKey, int state) {
    public QueuedTransferStruct {
        Objects.requireNonNull(commandKey, "commandKey");
    }
}
