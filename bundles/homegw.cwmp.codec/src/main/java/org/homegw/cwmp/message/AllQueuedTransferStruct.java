package org.homegw.cwmp.message;

import java.util.Objects;

/** One entry of a GetAllQueuedTransfersResponse; state 1 not started, 2 in progress, 3 completed. */
public record AllQueuedTransferStruct(String commandKey, int state, boolean isDownload, String fileType,
        long fileSize, String targetFileName) {
    public AllQueuedTransferStruct {
        Objects.requireNonNull(commandKey, "commandKey");
        Objects.requireNonNull(fileType, "fileType");
        Objects.requireNonNull(targetFileName, "targetFileName");
    }
}
