package org.homegw.cwmp.message;

import java.util.Objects;

/** The CPE reports the end of a transfer it started on its own (CWMP 1.1+). */
public record AutonomousTransferComplete(String announceUrl, String transferUrl, boolean isDownload,
        String fileType, long fileSize, String targetFileName, FaultStruct fault, String startTime,
        String completeTime) implements CwmpRequest {
    public AutonomousTransferComplete {
        Objects.requireNonNull(announceUrl, "announceUrl");
        Objects.requireNonNull(transferUrl, "transferUrl");
        Objects.requireNonNull(fileType, "fileType");
        Objects.requireNonNull(targetFileName, "targetFileName");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(completeTime, "completeTime");
    }
}
